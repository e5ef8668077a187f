#!/bin/sh
# Starts a throwaway OpenSSH server for the static cloud's end-to-end test (OpenSshStaticCloudTest):
# on 127.0.0.1:${VGPUBENCH_SSH_PORT:-2222}, with its own host keys, sshd_config, authorized_keys and
# client key in $VGPUBENCH_OPENSSH_STATE (default /tmp/vgpubench-openssh). The machine's /etc/ssh is not
# touched. Login: the user running this script, by key only. Writes $STATE/env, which the test reads.
# Installs Debian's openssh-server first if /usr/sbin/sshd is missing (needs root). Stop it with openssh-down.sh.
set -eu
STATE=${VGPUBENCH_OPENSSH_STATE:-/tmp/vgpubench-openssh}
PORT=${VGPUBENCH_SSH_PORT:-2222}
here=$(cd "$(dirname "$0")" && pwd)

if [ ! -x /usr/sbin/sshd ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "openssh-up: /usr/sbin/sshd is missing; run as root or: apt-get install -y --no-install-recommends openssh-server" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends openssh-server >/dev/null 2>&1 \
    || { apt-get update >/dev/null && apt-get install -y --no-install-recommends openssh-server >/dev/null; }
fi

VGPUBENCH_OPENSSH_STATE=$STATE "$here/openssh-down.sh" >/dev/null 2>&1 || true
rm -rf "$STATE"
mkdir -p "$STATE"
chmod 700 "$STATE"
ssh-keygen -q -t ed25519 -N '' -f "$STATE/ssh_host_ed25519_key"
ssh-keygen -q -t ecdsa -N '' -f "$STATE/ssh_host_ecdsa_key"
ssh-keygen -q -t ed25519 -N '' -C vgpubench-openssh-test -f "$STATE/client_key"
cp "$STATE/client_key.pub" "$STATE/authorized_keys"
user=$(id -un)

cat > "$STATE/sshd_config" <<EOF
Port $PORT
ListenAddress 127.0.0.1
HostKey $STATE/ssh_host_ed25519_key
HostKey $STATE/ssh_host_ecdsa_key
PidFile $STATE/sshd.pid
AuthorizedKeysFile $STATE/authorized_keys
AllowUsers $user
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
UsePAM no
StrictModes no
Subsystem sftp internal-sftp
LogLevel VERBOSE
EOF

if [ "$(id -u)" -eq 0 ]; then
  mkdir -p /run/sshd && chmod 755 /run/sshd   # sshd's privilege separation directory
fi
/usr/sbin/sshd -t -f "$STATE/sshd_config"
/usr/sbin/sshd -f "$STATE/sshd_config" -E "$STATE/sshd.log"

# known_hosts from the host keys themselves; ssh-keyscan would trust whatever answers on the port.
for k in "$STATE"/ssh_host_*_key.pub; do
  printf '[127.0.0.1]:%s %s\n' "$PORT" "$(cut -d' ' -f1,2 "$k")"
done > "$STATE/known_hosts"

i=0
until ssh -p "$PORT" -i "$STATE/client_key" -o UserKnownHostsFile="$STATE/known_hosts" -o StrictHostKeyChecking=yes \
    -o BatchMode=yes -o ConnectTimeout=2 "$user@127.0.0.1" true 2>/dev/null; do
  i=$((i + 1))
  if [ "$i" -ge 50 ]; then
    echo "openssh-up: sshd does not answer on 127.0.0.1:$PORT; see $STATE/sshd.log" >&2
    exit 1
  fi
  sleep 0.2
done

cat > "$STATE/env" <<EOF
SSH_ADDRESS=127.0.0.1
SSH_PORT=$PORT
SSH_USER=$user
SSH_HOME=$HOME
SSH_KEY=$STATE/client_key
SSH_KNOWN_HOSTS=$STATE/known_hosts
EOF
echo "openssh-up: sshd on 127.0.0.1:$PORT for $user (key only); env file $STATE/env"
