import { scratch } from './scratch';

export default function scratchSetup(): void {
  scratch.open();
}
