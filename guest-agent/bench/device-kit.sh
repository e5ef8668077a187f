#!/usr/bin/env bash
# Carries a built tree to the GPU machine (which has no Java) within the device tool's 64 MiB:
#   pack   (here, after `mvn -B -DskipTests package`): one jlink'd runtime with the controller's modules (a
#          superset of the agent's), xz-compressed, plus the controller and agent jars, into guest-agent/target/devicekit/
#   unpack (there): rebuilds controller/target and the agent bundle around that runtime and prints the PATH to use.
# usage: guest-agent/bench/device-kit.sh pack|unpack
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
kit="$root/guest-agent/target/devicekit"
modules=java.base,java.compiler,java.desktop,java.net.http,java.security.jgss,java.sql,jdk.unsupported,java.logging,jdk.crypto.ec,java.naming,java.management,jdk.zipfs
case "${1:?pack or unpack}" in
  pack)
    rm -rf "$kit"; mkdir -p "$kit/controller" "$kit/agent"
    jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --output "$kit/runtime"
    tar -C "$kit" -cJf "$kit/runtime.tar.xz" runtime; rm -rf "$kit/runtime"
    cp -r "$root/controller/target/vgpubench.jar" "$root/controller/target/lib" "$kit/controller/"
    b="$root/guest-agent/target/bundle/vgpubench-agent"
    cp -r "$b/bin" "$b/lib" "$b/VERSION" "$kit/agent/"
    du -sh "$kit" ;;
  unpack)
    tar -C "$kit" -xJf "$kit/runtime.tar.xz"
    mkdir -p "$root/controller/target" "$root/guest-agent/target/bundle"
    cp -r "$kit/controller/"* "$root/controller/target/"
    b="$root/guest-agent/target/bundle/vgpubench-agent"; rm -rf "$b"; cp -r "$kit/agent" "$b"
    ln -s "$kit/runtime" "$b/runtime"
    tar -C "$root/guest-agent/target/bundle" -czf "$root/guest-agent/target/vgpubench-agent-bundle.tar.gz" vgpubench-agent/VERSION
    echo "export PATH=$kit/runtime/bin:\$PATH" ;;
esac
