export const HEALTH_DATABASE = Symbol('HealthDatabase');
