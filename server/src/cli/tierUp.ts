// A CLI run is a few seconds of the same hot code over many articles. V8 hands a function to its
// optimizing compiler once it has run a small "interrupt budget" of bytecode (66 KB in Node 20's
// V8), often before its type feedback is complete; the code is then deoptimized and compiled
// again. On the 1,249 duc2006 articles that compiler ran 423 times, on V8's helper threads, for
// about a quarter of the run's CPU time (twice over with worker threads: each one compiles its
// own). With a budget of 300 KB it runs 235 times, and the whole run takes some 5-10% less CPU.
// Set here, before the analysis code first runs; the flag holds for the whole process, workers
// included. Only on the V8 it was measured on: elsewhere V8's default stays.

import { setFlagsFromString } from 'node:v8';

if (/^11\./.test(process.versions.v8)) setFlagsFromString('--interrupt-budget=300000');
