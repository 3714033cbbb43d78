// The registry of CLI commands; adding a command is adding one entry.

import type { Command } from '../command.js';
import { buildCommand } from './build.js';
import { evalCommand } from './evalCommand.js';
import { exampleCommand } from './example.js';
import { queryCommand } from './query.js';
import { pathCommand } from './path.js';
import { neighborsCommand } from './neighbors.js';
import { centralCommand } from './central.js';
import { communitiesCommand } from './communities.js';
import { pushCommand } from './push.js';
import { validateCommand } from './validate.js';

export const COMMANDS: readonly Command[] = [buildCommand, evalCommand, exampleCommand, queryCommand, pathCommand, neighborsCommand, centralCommand, communitiesCommand, pushCommand, validateCommand];
