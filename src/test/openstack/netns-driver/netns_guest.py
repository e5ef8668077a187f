#!/usr/bin/python3
"""What a cloud image gives a server, made on this machine for one Nova server of the test tier.

A guest is a network namespace holding the server's fixed IP, reachable from the root namespace
through a veth pair and a /32 host route, with an OpenSSH server inside (Debian's /usr/sbin/sshd,
a fresh host key per guest) that lets the instance's key pair log in as GUEST_USER, and a console
log carrying cloud-init's host-key fingerprint block. vgpubench_netns.NetnsDriver makes one on
spawn and removes it on destroy; down.sh removes whatever is left (`cleanup-all`).

Everything the run makes carries the prefix `vgpubench-` (namespaces, /etc/netns/<name>,
$GUESTS/<name>) or `vgpb` (host-side veth, 15 characters at most): nothing else is touched.

Per guest, with NAME = vgpubench-<10 hex of the server's UUID>:
  namespace NAME      eth0 = fixed IP/32, default route via the subnet's gateway (on-link)
  veth vgpb<10 hex>   host side: the gateway address/32 (10.0.0.1, router1's address in Neutron,
                      which no L3 agent holds here), route fixed IP/32 -> this veth, src gateway;
                      forwarding on for this interface only, so guests reach each other
  /etc/netns/NAME/    passwd, group, shadow: the host's passwd and group plus GUEST_USER with a
                      uid of its own (UID_BASE + last octet); `ip netns exec` bind-mounts them over
                      /etc, so the login user exists in the guest only, never in the host's files
  $GUESTS/NAME/       host keys, sshd_config, sshd.pid, sshd.log, console.log, tmp/ (the guest's
                      private /tmp), home/ (GUEST_USER's home in the guest's passwd, .ssh/
                      authorized_keys = the key pair)
  sshd                `ip netns exec NAME unshare --uts` (hostname = the server's), /tmp bound to
                      tmp/ in that mount namespace; listens on fixed IP:22

Floating IPs (sync_floating, called by the driver with Neutron's associations): Neutron has no L3
agent here, so nothing would route a floating IP; the driver plays its part for our guests only: the
floating IP is added to the guest's eth0 (/32) and routed from the host to its veth (src gateway),
so SSH to it lands in the guest, as DNAT on a real router would (the guest sees the floating IP,
not its fixed IP, as the destination; sshd listens on every address of the guest).

Only addresses of 10.0.0.0/24 (the fixture's private subnet) and 203.0.113.0/24 (its external one,
floating IPs) are ever put on an interface or route, and none at all when the machine's own network
overlaps 10.0.0.0/24 (a route, gateway or address not on our veths): the spawn fails, saying so.

CLI (root): netns_guest.py cleanup-all | destroy NAME | list
            netns_guest.py create UUID IP GATEWAY HOSTNAME PUBKEY_FILE   (by hand, for debugging)
"""
import datetime
import ipaddress
import os
import pwd
import shutil
import signal
import subprocess
import sys
import time

PREFIX = 'vgpubench-'
LINK_PREFIX = 'vgpb'
GUESTS = os.environ.get('VGPUBENCH_GUEST_STATE', '/var/lib/vgpubench-openstack/guests')
GUEST_USER = os.environ.get('VGPUBENCH_GUEST_USER', 'vgpubench')
SUBNET = ipaddress.ip_network('10.0.0.0/24')
# The fixture's external network (TEST-NET-3, RFC 5737): floating IPs, routed only to our veths.
FLOATING = ipaddress.ip_network('203.0.113.0/24')
UID_BASE = 59000  # + the fixed IP's last octet: below Debian's 60000 (dynamic system ids), above users'
SSHD = '/usr/sbin/sshd'
PATH = '/usr/sbin:/usr/bin:/sbin:/bin'


class GuestError(Exception):
    pass


def name_of(server_uuid):
    return PREFIX + server_uuid.replace('-', '')[:10]


def link_of(name):
    return LINK_PREFIX + name[len(PREFIX):]


def guest_dir(name):
    return os.path.join(GUESTS, name)


def _run(*args, check=True):
    p = subprocess.run(list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                       env={'PATH': PATH, 'LC_ALL': 'C.UTF-8'})
    if check and p.returncode != 0:
        raise GuestError('%s failed (exit %d): %s' % (' '.join(args), p.returncode, p.stderr.strip()))
    return p.stdout


def _ours(name):
    return name.startswith(PREFIX) and len(name) == len(PREFIX) + 10 and all(
        c in '0123456789abcdef' for c in name[len(PREFIX):])


def _private(text, what):
    address = ipaddress.ip_address(text)
    if address not in SUBNET:
        raise GuestError('%s %s is outside %s: this driver routes only the test subnet onto the host'
                         % (what, address, SUBNET))
    return address


def _write(path, text, mode=0o644):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, 'w') as f:
        f.write(text)


def _accounts(name, uid, home):
    """passwd, group and shadow of the guest: the host's entries (no secrets) plus GUEST_USER."""
    etc = os.path.join('/etc/netns', name)
    os.makedirs(etc, mode=0o755, exist_ok=True)

    def without_user(path):
        with open(path) as f:
            return ''.join(l for l in f if l.split(':', 1)[0] != GUEST_USER)
    _write(os.path.join(etc, 'passwd'), without_user('/etc/passwd')
           + '%s:x:%d:%d:vgpubench test guest:%s:/bin/bash\n' % (GUEST_USER, uid, uid, home))
    _write(os.path.join(etc, 'group'), without_user('/etc/group') + '%s:x:%d:\n' % (GUEST_USER, uid))
    # '*': no password login, and not locked ('!'), which sshd without PAM would refuse
    _write(os.path.join(etc, 'shadow'), '%s:*:19000:0:99999:7:::\n' % GUEST_USER, 0o600)


def _fingerprint(pub):
    return _run('ssh-keygen', '-l', '-f', pub).strip()


def _console(path, hostname, ip, fingerprints):
    """What cloud-init prints; fingerprints None: an image without cloud-init (no key block)."""
    now = datetime.datetime.now(datetime.timezone.utc)
    stamp = now.strftime('%b %e %H:%M:%S')
    ci = lambda line: '<14>%s cloud-init: %s\n' % (stamp, line)
    rule = '#' * 61
    text = '[    0.000000] Linux version 6.1.0 (vgpubench netns guest %s)\n' % hostname
    if fingerprints is None:
        text += '[    1.000000] no cloud-init on this image\n%s login:\n' % hostname
    else:
        started = now.strftime('%a, %d %b %Y %H:%M:%S +0000')
        text += ('[    1.000000] cloud-init[1]: Cloud-init v. 22.4.2 running \'init\' at %s.\n' % started
                 + 'ci-info: | eth0 | True | %s | 255.255.255.255 | global | - |\n' % ip
                 + ci(rule) + ci('-----BEGIN SSH HOST KEY FINGERPRINTS-----')
                 + ''.join(ci(f) for f in fingerprints)
                 + ci('-----END SSH HOST KEY FINGERPRINTS-----') + ci(rule)
                 + '[    2.000000] cloud-init[1]: Cloud-init v. 22.4.2 finished at %s.\n' % started)
    _write(path, text)


def _route_holder(ip):
    """The name of the guest whose veth the host routes ip to, if any."""
    out = _run('ip', '-o', 'route', 'show', '%s/32' % ip, check=False)
    for word in out.split():
        if word.startswith(LINK_PREFIX) and _ours(PREFIX + word[len(LINK_PREFIX):]):
            return PREFIX + word[len(LINK_PREFIX):]
    return None


def _host_network_clash():
    """What of this machine's own network overlaps the test subnet (routes, gateways, addresses not on
    our veths): putting the gateway address on the host and /32 routes there would cut it off."""
    clashes = []
    for line in _run('ip', '-o', '-4', 'route', 'show').splitlines():
        words = line.split()
        dev = words[words.index('dev') + 1] if 'dev' in words else ''
        if not words or dev.startswith(LINK_PREFIX):
            continue
        dest = None if words[0] == 'default' else ipaddress.ip_network(words[0], strict=False)
        via = ipaddress.ip_address(words[words.index('via') + 1]) if 'via' in words else None
        if (dest is not None and dest.overlaps(SUBNET)) or (via is not None and via in SUBNET):
            clashes.append('route ' + line.strip())
    for line in _run('ip', '-o', '-4', 'addr', 'show').splitlines():
        words = line.split()
        if len(words) > 3 and not words[1].startswith(LINK_PREFIX) and ipaddress.ip_interface(
                words[3]).network.overlaps(SUBNET):
            clashes.append('address %s on %s' % (words[3], words[1]))
    return clashes


def create(server_uuid, ip, gateway, hostname, public_key, log=print, cloud_init=True):
    """Makes the guest of a server; on any failure removes what it made and raises GuestError.
    cloud_init False: the console shows no host key fingerprints (an image without cloud-init)."""
    name = name_of(server_uuid)
    address = _private(ip, 'fixed IP')
    gw = _private(gateway, 'gateway')
    if address == gw:
        raise GuestError('fixed IP %s is the gateway' % address)
    if os.path.realpath(GUESTS) == '/tmp' or os.path.realpath(GUESTS).startswith('/tmp/'):
        raise GuestError('the guests\' folder %s is under /tmp, which each guest replaces with its own'
                         % GUESTS)
    clashes = _host_network_clash()
    if clashes:
        raise GuestError('this machine\'s own network overlaps the test subnet %s (%s): no guest is'
                         ' routed here' % (SUBNET, '; '.join(clashes)))
    stale = _route_holder(address)
    if stale:
        log('%s: %s is still routed to %s (a guest whose destroy was missed); removing that one'
            % (name, address, stale))
        destroy(stale)
    uid = UID_BASE + int(str(address).rsplit('.', 1)[1])
    try:
        taken = pwd.getpwuid(uid).pw_name
    except KeyError:
        taken = None
    if taken:
        raise GuestError('uid %d (for %s) belongs to the host user %s' % (uid, address, taken))
    try:
        _make(name, address, gw, uid, hostname, public_key, cloud_init)
    except BaseException:
        destroy(name)
        raise
    return name


def _make(name, address, gw, uid, hostname, public_key, cloud_init):
    d = guest_dir(name)
    if os.path.exists(d):
        destroy(name)
    os.makedirs(GUESTS, mode=0o711, exist_ok=True)
    os.chmod(GUESTS, 0o711)
    os.makedirs(d, mode=0o711)
    os.chmod(d, 0o711)
    home, tmp = os.path.join(d, 'home'), os.path.join(d, 'tmp')
    os.makedirs(os.path.join(home, '.ssh'), mode=0o700)
    os.chmod(home, 0o700)
    _write(os.path.join(home, '.ssh', 'authorized_keys'), public_key.strip() + '\n', 0o600)
    for root, dirs, files in os.walk(home):
        for entry in [root] + [os.path.join(root, f) for f in files]:
            os.chown(entry, uid, uid)
    os.makedirs(tmp)
    os.chmod(tmp, 0o1777)
    _accounts(name, uid, home)
    fingerprints = []
    for kind in ('ed25519', 'ecdsa'):
        key = os.path.join(d, 'ssh_host_%s_key' % kind)
        _run('ssh-keygen', '-q', '-t', kind, '-N', '', '-C', 'root@' + hostname, '-f', key)
        fingerprints.append(_fingerprint(key + '.pub'))
    _write(os.path.join(d, 'sshd_config'), '\n'.join([
        'ListenAddress 0.0.0.0:22',  # the fixed IP and any floating IP: the namespace has nothing else
        'HostKey %s/ssh_host_ed25519_key' % d,
        'HostKey %s/ssh_host_ecdsa_key' % d,
        'PidFile %s/sshd.pid' % d,
        'AuthorizedKeysFile .ssh/authorized_keys',
        'AllowUsers %s' % GUEST_USER,
        'PubkeyAuthentication yes',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'PermitRootLogin no',
        'UsePAM no',
        'Subsystem sftp internal-sftp',
        'LogLevel VERBOSE', '']))

    link = link_of(name)
    _run('ip', 'netns', 'add', name)
    _run('ip', 'link', 'add', link, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', name)
    _run('ip', 'addr', 'add', '%s/32' % gw, 'dev', link)
    _run('sysctl', '-q', '-w', 'net.ipv4.conf.%s.forwarding=1' % link)
    _run('ip', 'link', 'set', link, 'up')
    ns = ('ip', 'netns', 'exec', name)
    _run(*ns, 'ip', 'link', 'set', 'lo', 'up')
    _run(*ns, 'ip', 'addr', 'add', '%s/32' % address, 'dev', 'eth0')
    _run(*ns, 'ip', 'link', 'set', 'eth0', 'up')
    _run(*ns, 'ip', 'route', 'add', str(gw), 'dev', 'eth0', 'scope', 'link')
    _run(*ns, 'ip', 'route', 'add', 'default', 'via', str(gw), 'dev', 'eth0')
    _run('ip', 'route', 'replace', '%s/32' % address, 'dev', link, 'src', str(gw))

    os.makedirs('/run/sshd', mode=0o755, exist_ok=True)  # sshd's privilege separation directory
    config = os.path.join(d, 'sshd_config')
    # In the mount namespace ip netns exec makes (slave to the host's): /etc/netns/NAME over /etc
    # and the guest's own /tmp; in a UTS namespace of its own: the server's hostname.
    boot = ('hostname "$1" && mount --bind "$2/tmp" /tmp'
            ' && %s -t -f "$3" && exec %s -f "$3" -E "$2/sshd.log"' % (SSHD, SSHD))
    _run(*ns, 'unshare', '--uts', 'sh', '-c', boot, 'boot', hostname[:63], d, config)
    pid_file = os.path.join(d, 'sshd.pid')
    deadline = time.time() + 20
    while not os.path.exists(pid_file):
        if time.time() > deadline:
            raise GuestError('sshd of %s wrote no pid file in 20s (see %s/sshd.log)' % (name, d))
        time.sleep(0.05)
    _write(os.path.join(d, 'address'), '%s %s\n' % (address, gw))
    _console(os.path.join(d, 'console.log'), hostname, address, fingerprints if cloud_init else None)


def console(server_uuid):
    """The guest's console log, or None when the server has no guest."""
    try:
        with open(os.path.join(guest_dir(name_of(server_uuid)), 'console.log')) as f:
            return f.read()
    except FileNotFoundError:
        return None


def _kill(pid):
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _sshd_pid(name):
    """sshd's pid from its pid file, only if that process still runs our sshd with our config."""
    d = guest_dir(name)
    try:
        with open(os.path.join(d, 'sshd.pid')) as f:
            pid = int(f.read().strip())
        with open('/proc/%d/cmdline' % pid, 'rb') as f:
            cmdline = f.read()  # sshd rewrites its argv into one line: 'sshd: /usr/sbin/sshd -f ...'
    except (OSError, ValueError):
        return None
    return pid if os.path.join(d, 'sshd_config').encode() in cmdline else None


def destroy(name):
    """Removes a guest: every process in its namespace (sshd, the sessions, whatever they started),
    the namespace, the veth and its route, its accounts and its folder. Harmless when absent."""
    if not _ours(name):
        raise GuestError('not a guest of this test tier: %r' % name)
    has_ns = os.path.exists(os.path.join('/run/netns', name))
    for _ in range(50):
        pids = [int(p) for p in _run('ip', 'netns', 'pids', name, check=False).split()] if has_ns else []
        sshd = _sshd_pid(name)
        if sshd and sshd not in pids:
            pids.append(sshd)
        if not pids:
            break
        for pid in pids:
            _kill(pid)
        time.sleep(0.1)
    link = link_of(name)
    if os.path.exists(os.path.join('/sys/class/net', link)):
        _run('ip', 'link', 'del', link, check=False)
    if has_ns:
        _run('ip', 'netns', 'del', name, check=False)
    shutil.rmtree(os.path.join('/etc/netns', name), ignore_errors=True)
    shutil.rmtree(guest_dir(name), ignore_errors=True)


def _lines(path):
    try:
        with open(path) as f:
            return [l.strip() for l in f if l.strip()]
    except FileNotFoundError:
        return []


def sync_floating(associations, log=print):
    """Puts each floating IP on the guest that holds its fixed IP, and takes off the others.

    associations: {floating IP: fixed IP} of every associated floating IP Neutron lists.
    """
    wanted = {}
    for floating, fixed in associations.items():
        if ipaddress.ip_address(floating) in FLOATING:
            wanted.setdefault(fixed, set()).add(floating)
    for name in names():
        d = guest_dir(name)
        try:
            address, gw = _lines(os.path.join(d, 'address'))[0].split()
        except (IndexError, ValueError):
            continue  # being made or removed
        record = os.path.join(d, 'floating')
        have = set(_lines(record))
        want = wanted.get(address, set())
        if have == want:
            continue
        link = link_of(name)
        try:
            for floating in sorted(want - have):
                _run('ip', 'netns', 'exec', name, 'ip', 'addr', 'replace', '%s/32' % floating, 'dev',
                     'eth0')
                _run('ip', 'route', 'replace', '%s/32' % floating, 'dev', link, 'src', gw)
                log('%s: floating IP %s -> %s' % (name, floating, address))
            for floating in sorted(have - want):
                _run('ip', 'route', 'del', '%s/32' % floating, 'dev', link, check=False)
                _run('ip', 'netns', 'exec', name, 'ip', 'addr', 'del', '%s/32' % floating, 'dev',
                     'eth0', check=False)
                log('%s: floating IP %s released' % (name, floating))
            _write(record, ''.join(f + '\n' for f in sorted(want)))
        except (GuestError, OSError) as e:  # the guest went while we were at it: the next round sees
            log('%s: floating IPs not synced: %s' % (name, e))


def names():
    """Every guest this tier made that is still here in some form."""
    found = set()
    for where in ('/run/netns', '/etc/netns', GUESTS):
        if os.path.isdir(where):
            found.update(n for n in os.listdir(where) if _ours(n))
    if os.path.isdir('/sys/class/net'):
        found.update(PREFIX + l[len(LINK_PREFIX):] for l in os.listdir('/sys/class/net')
                     if l.startswith(LINK_PREFIX) and _ours(PREFIX + l[len(LINK_PREFIX):]))
    return sorted(found)


def cleanup_all():
    left = names()
    for name in left:
        destroy(name)
    for folder in ('/etc/netns', GUESTS):  # only when empty: then nothing but guests used them
        try:
            os.rmdir(folder)
        except OSError:
            pass
    return left


if __name__ == '__main__':
    if os.geteuid() != 0:
        sys.exit('netns_guest.py: must run as root')
    cmd = sys.argv[1] if len(sys.argv) > 1 else ''
    if cmd == 'cleanup-all':
        removed = cleanup_all()
        print('netns_guest: removed %d guest(s)%s' % (len(removed), (': ' + ' '.join(removed)) if removed else ''))
    elif cmd == 'destroy' and len(sys.argv) == 3:
        destroy(sys.argv[2])
    elif cmd == 'list':
        print('\n'.join(names()))
    elif cmd == 'create' and len(sys.argv) == 7:
        with open(sys.argv[6]) as f:
            print(create(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], f.read()))
    else:
        sys.exit(__doc__)
