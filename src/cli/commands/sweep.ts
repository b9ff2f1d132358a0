// `factorflow sweep` (placeholder until the sweep lands in this commit series).
import type { CommandModule } from 'yargs';

const command: CommandModule<object, object> = {
  command: 'sweep',
  describe: 'Sweep scenario keys over a grid (coming next)',
  handler: () => {
    console.error('factorflow sweep: not available yet');
    process.exitCode = 1;
  },
};

export default command;
