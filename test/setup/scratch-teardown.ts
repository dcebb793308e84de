import { scratch } from './scratch';

export default function scratchTeardown(): void {
  scratch.remove();
}
