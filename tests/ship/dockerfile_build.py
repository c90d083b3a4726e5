#!/usr/bin/env python3
"""Follows a Dockerfile as plain processes, for machines without a container engine.

Each stage gets a folder under --root that stands for its file system: COPY copies from the build context (honouring
.dockerignore, keeping symlinks as Docker does) or from an earlier stage, RUN runs the same command line with the
same flags in the stage's WORKDIR, with the container's own absolute paths (/source, /app, /home/app, ...) mapped
into the stage's folder. The Dockerfile stays the one source of the commands: nothing here knows what they are.

Writes a JSON description of the final stage (its folder, working directory, environment, user, ports and
entrypoint) for whoever runs it next. Fails on any instruction it cannot follow faithfully.

    python3 tests/ship/dockerfile_build.py --root /tmp/image --describe /tmp/image/image.json
"""
import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time

# A base image's own environment that later instructions rely on (the official .NET images' non-root user).
# The user's id is this machine's, so the files a RUN chowns stay readable here.
DOTNET_IMAGE_ENV = {"APP_UID": str(os.getuid()), "DOTNET_RUNNING_IN_CONTAINER": "true"}
BASE_IMAGE_ENV = {
    "mcr.microsoft.com/dotnet/aspnet": {**DOTNET_IMAGE_ENV, "ASPNETCORE_HTTP_PORTS": "8080"},
    "mcr.microsoft.com/dotnet/runtime": DOTNET_IMAGE_ENV,
    "mcr.microsoft.com/dotnet/sdk": DOTNET_IMAGE_ENV,
}
# The home folder of the images' non-root user "app" (APP_UID), where ASP.NET Core keeps its Data Protection keys.
DOTNET_IMAGE_HOME = "/home/app"
# Absolute paths under these stay the machine's own (the tools a base image brings, /tmp); all others are the stage's.
HOST_PATHS = ("bin", "dev", "etc", "lib", "lib64", "opt", "proc", "sbin", "sys", "tmp", "usr", "var")


class DockerfileError(Exception):
    pass


def instructions(text):
    """(line number, keyword, arguments) for each instruction, continuation lines joined, comments dropped."""
    pending, start = "", 0
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if pending and stripped.startswith("#"):
            continue
        if not pending:
            start = number
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        pending += stripped
        keyword, _, rest = pending.partition(" ")
        yield start, keyword.upper(), rest.strip()
        pending = ""
    if pending:
        raise DockerfileError(f"line {start}: the instruction ends with a line continuation")


def ignore_rules(context):
    path = os.path.join(context, ".dockerignore")
    if not os.path.exists(path):
        return []
    rules = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            negate = line.startswith("!")
            pattern = line[1:] if negate else line
            pattern = pattern.strip("/")
            regex = ""
            i = 0
            while i < len(pattern):
                if pattern.startswith("**/", i):
                    regex += "(?:.*/)?"
                    i += 3
                elif pattern.startswith("**", i):
                    regex += ".*"
                    i += 2
                elif pattern[i] == "*":
                    regex += "[^/]*"
                    i += 1
                elif pattern[i] == "?":
                    regex += "[^/]"
                    i += 1
                else:
                    regex += re.escape(pattern[i])
                    i += 1
            rules.append((re.compile("^" + regex + "$"), negate))
    return rules


def ignored(relative, rules):
    """Whether a context path (relative, with /) is left out: the last matching rule for it or a parent wins."""
    parts = relative.split("/")
    result = False
    for depth in range(1, len(parts) + 1):
        candidate = "/".join(parts[:depth])
        for regex, negate in rules:
            if regex.match(candidate):
                result = not negate
        if result and depth < len(parts):
            return True
    return result


class Stage:
    def __init__(self, root, index, image, name):
        self.name = name or str(index)
        self.image = image
        self.folder = os.path.join(root, "stage-" + self.name)
        os.makedirs(self.folder, exist_ok=True)
        self.workdir = "/"
        self.env = dict(next((env for prefix, env in BASE_IMAGE_ENV.items() if image.startswith(prefix)), {}))
        self.user = None
        self.ports = []
        self.entrypoint = None
        self.cmd = None

    def host(self, container_path):
        """The folder that stands for a path inside this stage's file system."""
        absolute = container_path if container_path.startswith("/") else os.path.join(self.workdir, container_path)
        absolute = os.path.normpath(absolute)
        first = absolute.strip("/").split("/")[0]
        if first in HOST_PATHS:
            return absolute
        return os.path.join(self.folder, absolute.lstrip("/"))

    def map_paths(self, command):
        """The command line with the container's absolute paths mapped into the stage's folder."""
        def replace(match):
            path = match.group(2)
            first = path.strip("/").split("/")[0]
            if first in HOST_PATHS or not first:
                return match.group(0)
            return match.group(1) + self.host(path)
        return re.sub(r"(^|[\s=\"'])(/[A-Za-z0-9._/-]*)", replace, command)

    def expand(self, value):
        return re.sub(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?", lambda m: self.env.get(m.group(1), os.environ.get(m.group(1), "")), value)


def copy_item(source, target):
    if os.path.islink(source) or os.path.isfile(source):
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if os.path.lexists(target):
            os.remove(target)
        if os.path.islink(source):
            os.symlink(os.readlink(source), target)
        else:
            shutil.copy2(source, target)
        return
    os.makedirs(target, exist_ok=True)
    for entry in os.listdir(source):
        copy_item(os.path.join(source, entry), os.path.join(target, entry))


def copy_from_context(context, rules, sources, destination, stage):
    for source in sources:
        relative = os.path.normpath(source).strip("/")
        absolute = os.path.join(context, relative) if relative != "." else context
        if not os.path.lexists(absolute):
            raise DockerfileError(f"COPY {source}: not in the build context")
        dest = stage.host(destination)
        if os.path.isdir(absolute) and not os.path.islink(absolute):
            for folder, dirs, files in os.walk(absolute):
                rel_folder = os.path.relpath(folder, context).replace(os.sep, "/")
                keep = []
                for d in dirs:
                    rel = (d if rel_folder == "." else rel_folder + "/" + d)
                    if ignored(rel, rules):
                        continue
                    if os.path.islink(os.path.join(folder, d)):
                        copy_item(os.path.join(folder, d), os.path.join(dest, os.path.relpath(os.path.join(folder, d), absolute)))
                        continue
                    keep.append(d)
                dirs[:] = keep
                target_folder = os.path.join(dest, os.path.relpath(folder, absolute))
                os.makedirs(target_folder, exist_ok=True)
                for f in files:
                    rel = (f if rel_folder == "." else rel_folder + "/" + f)
                    if not ignored(rel, rules):
                        copy_item(os.path.join(folder, f), os.path.join(target_folder, f))
        else:
            if ignored(relative, rules):
                raise DockerfileError(f"COPY {source}: excluded by .dockerignore")
            target = os.path.join(dest, os.path.basename(relative)) if destination.endswith("/") or len(sources) > 1 else dest
            copy_item(absolute, target)


def run(dockerfile, context, root, describe):
    with open(dockerfile, encoding="utf-8") as f:
        text = f.read()
    rules = ignore_rules(context)
    stages, args = [], {}
    for number, keyword, rest in instructions(text):
        where = f"{os.path.basename(dockerfile)}:{number}"
        if keyword == "ARG" and not stages:
            name, _, default = rest.partition("=")
            args[name] = default
            continue
        if keyword == "FROM":
            parts = rest.split()
            name = parts[2] if len(parts) == 3 and parts[1].upper() == "AS" else None
            stages.append(Stage(root, len(stages), parts[0], name))
            print(f"== {where} FROM {parts[0]}" + (f" AS {name}" if name else ""), flush=True)
            continue
        if not stages:
            raise DockerfileError(f"{where}: {keyword} before FROM")
        stage = stages[-1]
        if keyword == "WORKDIR":
            stage.workdir = os.path.normpath(os.path.join(stage.workdir, stage.expand(rest)))
            os.makedirs(stage.host(stage.workdir), exist_ok=True)
        elif keyword == "ENV":
            for token in shlex.split(rest):
                key, sep, value = token.partition("=")
                if not sep:
                    raise DockerfileError(f"{where}: ENV must be KEY=value")
                stage.env[key] = stage.expand(value)
        elif keyword == "ARG":
            name, _, default = rest.partition("=")
            stage.env.setdefault(name, default or args.get(name, ""))
        elif keyword == "COPY":
            tokens = shlex.split(rest)
            options = [t for t in tokens if t.startswith("--")]
            paths = [stage.expand(t) for t in tokens if not t.startswith("--")]
            sources, destination = paths[:-1], paths[-1]
            origin = next((o.split("=", 1)[1] for o in options if o.startswith("--from=")), None)
            unknown = [o for o in options if not o.startswith(("--from=", "--chown=", "--link"))]
            if unknown:
                raise DockerfileError(f"{where}: COPY options {unknown} are not followed here")
            print(f"== {where} COPY {rest}", flush=True)
            if origin is None:
                copy_from_context(context, rules, sources, destination, stage)
            else:
                previous = next((s for s in stages if s.name == origin), None)
                if previous is None:
                    raise DockerfileError(f"{where}: no stage named {origin}")
                for source in sources:
                    origin_path = previous.host(source)
                    target = stage.host(destination)
                    if not os.path.isdir(origin_path) and (destination.endswith("/") or len(sources) > 1):
                        target = os.path.join(target, os.path.basename(origin_path))
                    copy_item(origin_path, target)
        elif keyword == "RUN":
            command = stage.map_paths(stage.expand(rest))
            print(f"== {where} RUN {rest}", flush=True)
            started = time.monotonic()
            result = subprocess.run(["/bin/sh", "-c", command], cwd=stage.host(stage.workdir), env={**os.environ, **stage.env})
            print(f"   ({time.monotonic() - started:.1f} s, exit code {result.returncode})", flush=True)
            if result.returncode != 0:
                raise DockerfileError(f"{where}: RUN exited with {result.returncode}")
        elif keyword == "USER":
            stage.user = stage.expand(rest)
        elif keyword == "EXPOSE":
            stage.ports += rest.split()
        elif keyword == "ENTRYPOINT":
            stage.entrypoint = json.loads(rest)
        elif keyword == "CMD":
            stage.cmd = json.loads(rest)
        elif keyword == "LABEL":
            pass
        else:
            raise DockerfileError(f"{where}: {keyword} is not followed here")
    final = stages[-1]
    image = {
        "folder": final.folder,
        "workdir": final.host(final.workdir),
        "env": final.env,
        "user": final.user,
        "home": final.host(DOTNET_IMAGE_HOME) if final.user and final.image.startswith("mcr.microsoft.com/dotnet/") else None,
        "ports": final.ports,
        "entrypoint": final.entrypoint,
        "cmd": final.cmd,
        "stages": {s.name: s.folder for s in stages},
    }
    with open(describe, "w", encoding="utf-8") as f:
        json.dump(image, f, indent=2)
    return image


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dockerfile", default="Dockerfile")
    parser.add_argument("--context", default=".")
    parser.add_argument("--root", required=True, help="an empty folder that receives one folder per stage")
    parser.add_argument("--describe", required=True, help="where to write the final stage's description (JSON)")
    options = parser.parse_args()
    try:
        run(os.path.abspath(options.dockerfile), os.path.abspath(options.context), os.path.abspath(options.root), options.describe)
    except DockerfileError as error:
        print(f"dockerfile_build: {error}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
