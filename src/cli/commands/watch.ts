import { basename, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { watch as watchFolders, type FSWatcher } from "chokidar";
import type { Command } from "commander";
import { DEFAULT_MAX_BYTES } from "../../ingest/index.js";
import { InputError } from "../../ingest/types.js";
import { DEFAULT_TIMEOUT_SECONDS } from "../../ingest/web/fetch-page.js";
import { useProfile } from "../../kb/profile.js";
import { ensureResolvedActors } from "../../export/resolved-actors.js";
import { openStore } from "../../store/index.js";
import { watchState } from "../../store/sqlite/watch-state.js";
import { skippedLine } from "../format/skipped.js";
import { parseMaxBytes, parseTimeLimit, TIME_LIMIT_HELP } from "../input-options.js";
import { EXIT_REJECTED, type SetExit } from "../main.js";
import { parseSeconds } from "../seconds-option.js";
import { createExtractor } from "../timed-extraction.js";
import type { WatchContext } from "../watch/context.js";
import { pollFeedAddress, pollFeedFile } from "../watch/poll-feed.js";
import { ingestFile, pollFolder } from "../watch/poll-folder.js";
import { watchSource, type WatchSource } from "../watch/sources.js";
import { pollLine, type PollTally } from "../watch/tally.js";
import { reportInputError, PROFILE_OPTION_HELP } from "./extract.js";
import { DEFAULT_DB } from "./ingest.js";

const DEFAULT_INTERVAL_SECONDS = 300;
/** A file still being written is read once its size has been still this long. */
const WRITE_SETTLE_MS = 500;

interface WatchOptions {
  db: string; interval: string; once?: boolean; quiet?: boolean; maxBytes: string; timeout: string; profile?: string; timeLimit?: string;
}

export function registerWatch(program: Command, setExit: SetExit): void {
  program
    .command("watch")
    .description("poll feeds (RSS, Atom, JSON Feed; addresses or files) and folders, and ingest each new item once")
    .argument("<sources...>", "feed addresses, feed files or folders")
    .option("--db <file>", "SQLite database, created if missing; it also remembers what was read", DEFAULT_DB)
    .option("--interval <seconds>", "time between two polls of the feeds", String(DEFAULT_INTERVAL_SECONDS))
    .option("--once", "poll every source once and exit (for cron)")
    .option("--quiet", "only errors, no line per poll")
    .option("--max-bytes <size>", "largest accepted feed, page or file: bytes or a size such as 512KB, 5MB", String(DEFAULT_MAX_BYTES))
    .option("--timeout <seconds>", "time allowed to fetch each feed or page", String(DEFAULT_TIMEOUT_SECONDS))
    .option("--profile <file>", PROFILE_OPTION_HELP, "auto")
    .option("--time-limit <seconds>", TIME_LIMIT_HELP)
    .action(async (args: string[], opts: WatchOptions) => {
      const maxBytes = parseMaxBytes(opts.maxBytes);
      const timeoutSeconds = parseSeconds("--timeout", opts.timeout);
      const intervalSeconds = parseSeconds("--interval", opts.interval);
      const timeLimitSeconds = parseTimeLimit(opts.timeLimit);
      useProfile(opts.profile);
      const sources: WatchSource[] = [];
      for (const arg of args) {
        try {
          sources.push(watchSource(arg));
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          reportInputError(error);
          setExit(EXIT_REJECTED);
        }
      }
      if (!sources.length) throw new Error("watch: no source to watch");
      const store = openStore(opts.db);
      const extractor = createExtractor({ maxBytes, timeLimitSeconds, profile: opts.profile });
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
      const context: WatchContext = {
        store, extractor, state: watchState(store.db), signal: stop.signal,
        fetch: { maxBytes, timeoutSeconds, signal: stop.signal },
        ignored: [opts.db, `${opts.db}-wal`, `${opts.db}-shm`, `${opts.db}-journal`].map((path) => resolve(path)),
      };
      const report = (label: string, tally: PollTally, always: boolean) => {
        if (tally.rejected) setExit(EXIT_REJECTED);
        if (opts.quiet || (!always && !tally.fresh && !tally.skipped.length)) return;
        const skipped = skippedLine(tally.skipped);
        process.stderr.write(pollLine(label, tally) + "\n" + (skipped ? skipped + "\n" : ""));
      };
      const queue = serialQueue(stop);
      let watcher: FSWatcher | undefined;
      try {
        const poll = (always: boolean) => Promise.all(sources.map((source) => queue(async () => {
          try {
            report(source.label, await pollSource(source, context), always);
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
            if (stop.signal.aborted) return;
            reportInputError(error);
            setExit(EXIT_REJECTED);
          }
        })));
        await poll(true);
        await ensureResolvedActors(store); // the resolved-actor tables follow each poll, as after `parley ingest`
        if (!opts.once && !stop.signal.aborted) {
          watcher = watchFolderSources(sources, context, queue, report);
          if (!opts.quiet) process.stderr.write(`watching ${sources.length} source${sources.length === 1 ? "" : "s"}, feeds every ${intervalSeconds} s (Ctrl-C stops)\n`);
          while (!stop.signal.aborted) {
            await sleep(intervalSeconds * 1000, undefined, { signal: stop.signal }).catch(() => {});
            if (!stop.signal.aborted) await poll(false);
            await ensureResolvedActors(store);
          }
        }
        await queue.drained();
        await ensureResolvedActors(store);
      } finally {
        process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
        await watcher?.close();
        await extractor.close();
        store.close();
      }
    });
}

function pollSource(source: WatchSource, context: WatchContext): Promise<PollTally> {
  if (source.kind === "feed-address") return pollFeedAddress(source.key, context);
  if (source.kind === "feed-file") return pollFeedFile(source.key, context);
  return pollFolder(source.key, context);
}

/**
 * Folders are watched for new and changed files between polls (each poll still walks them, in case
 * the file system does not report every change); feeds are only polled.
 */
function watchFolderSources(
  sources: WatchSource[], context: WatchContext, queue: SerialQueue,
  report: (label: string, tally: PollTally, always: boolean) => void,
): FSWatcher | undefined {
  const folders = sources.filter((source) => source.kind === "folder");
  if (!folders.length) return undefined;
  const watcher = watchFolders(folders.map((folder) => folder.key), {
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: WRITE_SETTLE_MS },
    ignored: (path) => basename(path).startsWith(".") && !folders.some((folder) => folder.key === path),
  });
  const onFile = (path: string) => {
    const folder = folders.find((source) => path.startsWith(source.key + "/")) ?? folders[0]!;
    void queue(async () => report(folder.label, await ingestFile(folder.key, path, context), false));
  };
  watcher.on("add", onFile).on("change", onFile).on("error", (error) => {
    process.stderr.write(`parley: watching folders: ${(error as Error).message}\n`);
  });
  return watcher;
}

type SerialQueue = (<T>(task: () => Promise<T>) => Promise<T | undefined>) & { drained: () => Promise<void> };

/**
 * Runs tasks one at a time in the order given (polls and watcher events share the extractor and the
 * database). A task that fails with anything but a bad input is fatal: the watch stops and the
 * failure is thrown from `drained`.
 */
function serialQueue(stop: AbortController): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let fatal: unknown;
  const queue = <T>(task: () => Promise<T>): Promise<T | undefined> => {
    const run = tail.then(async () => {
      if (fatal !== undefined) return undefined;
      try {
        return await task();
      } catch (error) {
        fatal = error;
        stop.abort();
        return undefined;
      }
    });
    tail = run;
    return run;
  };
  return Object.assign(queue, {
    drained: async () => {
      await tail;
      if (fatal !== undefined) throw fatal;
    },
  });
}
