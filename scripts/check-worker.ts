/**
 * Runs the content check in a worker thread and posts back only the problems: the parsed
 * entries die with the worker instead of staying in the build's memory beside Astro.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from '../src/lib/content/check.ts';

const { problems, errors } = checkContent(workerData as string);
parentPort!.postMessage({ problems, errors });
