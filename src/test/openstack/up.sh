#!/bin/bash
# Brings up a real OpenStack Zed control plane from Debian 12's packages, on loopback only,
# as the fixture of the `openstack` test tier: MariaDB, RabbitMQ, Keystone and Placement under
# uwsgi, Glance, Nova (api, conductor, scheduler, compute with the fake driver) and neutron-server
# (ML2). Every daemon runs in the background with its PID file and log under $STATE.
# nova-compute runs our test virt driver (netns-driver/): each server with a NIC gets a network
# namespace holding its fixed IP, routed from the host, with sshd inside (see netns_guest.py).
# Then it provisions the fixture project and writes $STATE/openrc.json for the tests.
#
# Idempotent: packages are installed only when missing; when the stack is already up and
# healthy it says so and exits 0; otherwise it stops leftovers and starts from an empty state.
#
# Usage: sudo src/test/openstack/up.sh        (VGPUBENCH_OS_STATE overrides the state dir)
set -Eeuo pipefail

# The system python, not whatever pyenv or a virtualenv puts first on PATH.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
export LC_ALL=C.UTF-8

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STATE="${VGPUBENCH_OS_STATE:-/var/lib/vgpubench-openstack}"
RUN="$STATE/run"
LOG="$STATE/log"
ETC="$STATE/etc"
HOST_NAME=vgpubench-compute
REGION=RegionOne
VGPU_SLOTS="${VGPUBENCH_OS_VGPU_SLOTS:-4}"
# The login user of every server's guest (exists only in the guests' own /etc/passwd).
GUEST_USER=vgpubench
KEYSTONE_URL=http://127.0.0.1:5000/v3

T0=$(date +%s)
step() { echo "[up.sh $(($(date +%s) - T0))s] $*"; }
die() { echo "up.sh: FAILED: $*" >&2; [ -d "$LOG" ] && echo "up.sh: logs are in $LOG" >&2; exit 1; }
trap 'die "command failed at line $LINENO: $BASH_COMMAND"' ERR

[ "$(id -u)" = 0 ] || die "must run as root (sudo $0)"

# --- packages ------------------------------------------------------------------------------
PACKAGES=(mariadb-server python3-pymysql rabbitmq-server uwsgi-plugin-python3
  keystone placement-api glance-api nova-api nova-conductor nova-scheduler nova-compute
  nova-compute-ironic neutron-server python3-openstackclient python3-osc-placement curl
  openssh-server openssh-client iproute2 util-linux)

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then step "packages already installed"; return; fi
  step "installing ${#missing[@]} packages: ${missing[*]}"
  # Maintainer scripts must not start daemons: we start our own, on loopback, under $STATE.
  local own_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d
    own_policy=1
  fi
  export DEBIAN_FRONTEND=noninteractive
  local t=$(date +%s) rc=0
  { apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"; } \
    > "/tmp/vgpubench-openstack-apt.log" 2>&1 || rc=$?
  [ $own_policy = 1 ] && rm -f /usr/sbin/policy-rc.d
  [ $rc = 0 ] || die "apt-get failed, see /tmp/vgpubench-openstack-apt.log"
  step "packages installed in $(($(date +%s) - t))s"
}

# --- process helpers -----------------------------------------------------------------------
start() { # name command... : runs in the background, PID file in $RUN, output in $LOG
  local name=$1; shift
  # the fixture's passwords are for provision.py alone: no daemon inherits them (they read their configs)
  env -u OS_FIXTURE_ADMIN_PASSWORD -u OS_FIXTURE_SERVICE_PASSWORD -u OS_FIXTURE_DEMO_PASSWORD \
    setsid "$@" >> "$LOG/$name.log" 2>&1 < /dev/null &
  echo $! > "$RUN/$name.pid"
}

alive() { local f="$RUN/$1.pid"; [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; }

wait_for() { # description timeout_s service-to-watch command...
  local what=$1 timeout=$2 svc=$3; shift 3
  local deadline=$(($(date +%s) + timeout))
  until "$@" > /dev/null 2>&1; do
    if [ -n "$svc" ] && ! alive "$svc"; then
      tail -n 20 "$LOG/$svc.log" >&2 || true
      die "$svc exited while waiting for $what (log: $LOG/$svc.log)"
    fi
    [ "$(date +%s)" -lt "$deadline" ] || die "timed out after ${timeout}s waiting for $what"
    sleep 1
  done
}

http_up() { curl -s -o /dev/null --max-time 5 "$1"; }

ALL_SERVICES=(epmd rabbitmq mariadb keystone placement glance-api neutron-server fake-ovs-agent
  nova-api nova-conductor nova-scheduler nova-compute)

already_up() {
  [ -f "$STATE/openrc.json" ] || return 1
  for s in "${ALL_SERVICES[@]}"; do alive "$s" || return 1; done
  http_up "$KEYSTONE_URL"
}

# --- configuration -------------------------------------------------------------------------
secret() { head -c 18 /dev/urandom | base64 | tr -d '/+='; }

write_configs() {
  local db="mysql+pymysql://vgpubench:$DB_PW@127.0.0.1"
  local rabbit="rabbit://guest:guest@127.0.0.1:5672/"
  mkdir -p "$ETC"/{keystone,placement,glance,nova,neutron}
  authtoken() { # service-user
    cat <<EOF
[keystone_authtoken]
www_authenticate_uri = http://127.0.0.1:5000
auth_url = http://127.0.0.1:5000
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $1
password = $SERVICE_PW
region_name = $REGION
EOF
  }
  service_auth() { # section service-user
    cat <<EOF
[$1]
auth_url = http://127.0.0.1:5000
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $2
password = $SERVICE_PW
region_name = $REGION
EOF
  }

  cat > "$ETC/keystone/keystone.conf" <<EOF
[database]
connection = $db/keystone
[token]
provider = fernet
[fernet_tokens]
key_repository = $STATE/keystone/fernet-keys
[credential]
key_repository = $STATE/keystone/credential-keys
EOF

  { cat <<EOF
[placement_database]
connection = $db/placement
# READ COMMITTED: Zed's placement retries a claim that lost a generation race inside the same
# transaction (allocation.replace_all), and under MariaDB's REPEATABLE READ that retry checks
# capacity on its first snapshot: 8 concurrent VGPU:1 claims on 4 slots were accepted 5 times in
# 5 of 60 rounds here. Committed reads make the retry see the winner's allocation.
connection_parameters = init_command=SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED
[api]
auth_strategy = keystone
EOF
    authtoken placement; } > "$ETC/placement/placement.conf"

  { cat <<EOF
[DEFAULT]
bind_host = 127.0.0.1
bind_port = 9292
workers = 1
enabled_backends = fs:file
[glance_store]
default_backend = fs
[fs]
filesystem_store_datadir = $STATE/glance/images
[os_glance_staging_store]
filesystem_store_datadir = $STATE/glance/staging
[os_glance_tasks_store]
filesystem_store_datadir = $STATE/glance/tasks
[database]
connection = $db/glance
[paste_deploy]
flavor = keystone
config_file = /etc/glance/glance-api-paste.ini
[oslo_concurrency]
lock_path = $STATE/glance/lock
EOF
    authtoken glance; } > "$ETC/glance/glance-api.conf"

  { cat <<EOF
[DEFAULT]
core_plugin = ml2
service_plugins = router
auth_strategy = keystone
transport_url = $rabbit
bind_host = 127.0.0.1
bind_port = 9696
api_workers = 1
rpc_workers = 1
rpc_state_report_workers = 1
state_path = $STATE/neutron
api_paste_config = /etc/neutron/api-paste.ini
allow_overlapping_ips = true
dhcp_agent_notification = false
notify_nova_on_port_status_changes = false
notify_nova_on_port_data_changes = false
agent_down_time = 90
[agent]
report_interval = 20
[database]
connection = $db/neutron
[oslo_concurrency]
lock_path = $STATE/neutron/lock
[oslo_messaging_notifications]
driver = noop
EOF
    authtoken neutron; service_auth nova nova; } > "$ETC/neutron/neutron.conf"

  cat > "$ETC/neutron/ml2_conf.ini" <<EOF
[ml2]
type_drivers = flat,vxlan
tenant_network_types = vxlan
mechanism_drivers = openvswitch
extension_drivers = port_security
[ml2_type_flat]
flat_networks = external
[ml2_type_vxlan]
vni_ranges = 1:1000
[securitygroup]
enable_security_group = true
EOF

  { cat <<EOF
[DEFAULT]
host = $HOST_NAME
compute_driver = vgpubench_netns.NetnsDriver
transport_url = $rabbit
my_ip = 127.0.0.1
state_path = $STATE/nova
instances_path = $STATE/nova/instances
enabled_apis = osapi_compute
osapi_compute_listen = 127.0.0.1
osapi_compute_listen_port = 8774
osapi_compute_workers = 1
[wsgi]
api_paste_config = /etc/nova/api-paste.ini
[api_database]
connection = $db/nova_api
[database]
connection = $db/nova
[api]
auth_strategy = keystone
[conductor]
workers = 1
[scheduler]
workers = 1
[vnc]
enabled = false
[oslo_concurrency]
lock_path = $STATE/nova/lock
[oslo_messaging_notifications]
driver = noop
EOF
    authtoken nova; service_auth placement nova; service_auth neutron neutron
    echo "service_metadata_proxy = false"; } > "$ETC/nova/nova.conf"
  chmod -R go-rwx "$ETC"
}

# --- daemons -------------------------------------------------------------------------------
start_mariadb() {
  step "MariaDB"
  mariadb-install-db --user=root --datadir="$STATE/mysql" --auth-root-authentication-method=socket \
    --skip-test-db > "$LOG/mariadb-install.log" 2>&1 || die "mariadb-install-db failed"
  start mariadb mariadbd --no-defaults --user=root --datadir="$STATE/mysql" --socket="$RUN/mysqld.sock" \
    --bind-address=127.0.0.1 --port=3306 --skip-name-resolve --pid-file="$STATE/mysql/mariadbd.pid" \
    --innodb-buffer-pool-size=128M --max-connections=1000 --character-set-server=utf8mb4
  wait_for "MariaDB" 60 mariadb mariadb --socket="$RUN/mysqld.sock" -uroot -e "select 1"
  local sql="CREATE USER 'vgpubench'@'127.0.0.1' IDENTIFIED BY '$DB_PW';"
  for d in keystone placement glance nova_api nova nova_cell0 neutron; do
    sql+="CREATE DATABASE $d; GRANT ALL PRIVILEGES ON $d.* TO 'vgpubench'@'127.0.0.1';"
  done
  mariadb --socket="$RUN/mysqld.sock" -uroot <<< "$sql"  # on stdin: no password in ps
}

rabbit_env() {
  export HOME="$STATE/rabbitmq" RABBITMQ_NODENAME=vgpubench@localhost \
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=5672 RABBITMQ_DIST_PORT=25672 \
    ERL_EPMD_ADDRESS=127.0.0.1 ERL_EPMD_PORT=4369 \
    RABBITMQ_MNESIA_BASE="$STATE/rabbitmq/mnesia" RABBITMQ_LOG_BASE="$LOG/rabbitmq" \
    RABBITMQ_ENABLED_PLUGINS_FILE="$STATE/rabbitmq/enabled_plugins" \
    RABBITMQ_CONFIG_FILE="$STATE/rabbitmq/rabbitmq" \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
}

start_rabbitmq() {
  step "RabbitMQ"
  mkdir -p "$STATE/rabbitmq" "$LOG/rabbitmq"
  echo "[]." > "$STATE/rabbitmq/enabled_plugins"
  printf 'listeners.tcp.default = 127.0.0.1:5672\nloopback_users.guest = true\n' > "$STATE/rabbitmq/rabbitmq.conf"
  ( rabbit_env; start epmd epmd -address 127.0.0.1 -port 4369 )
  sleep 0.5
  ( rabbit_env; start rabbitmq /usr/lib/rabbitmq/bin/rabbitmq-server )
  ( rabbit_env; wait_for "RabbitMQ" 90 rabbitmq /usr/lib/rabbitmq/bin/rabbitmqctl --timeout 10 await_startup )
}

uwsgi_app() { # name port wsgi-file env
  start "$1" env "$4" uwsgi --plugin python3 --http-socket "127.0.0.1:$2" --wsgi-file "$3" \
    --master --processes 2 --threads 1 --die-on-term --need-app --lazy-apps --buffer-size 65535 \
    --add-header "Connection: close" --procname-prefix "vgpubench-$1 "
}

start_keystone() {
  step "Keystone"
  local c=(--config-file "$ETC/keystone/keystone.conf")
  mkdir -p "$STATE/keystone"
  keystone-manage "${c[@]}" db_sync > "$LOG/keystone-manage.log" 2>&1 || die "keystone db_sync failed"
  keystone-manage "${c[@]}" fernet_setup --keystone-user root --keystone-group root >> "$LOG/keystone-manage.log" 2>&1
  keystone-manage "${c[@]}" credential_setup --keystone-user root --keystone-group root >> "$LOG/keystone-manage.log" 2>&1
  OS_BOOTSTRAP_PASSWORD="$ADMIN_PW" keystone-manage "${c[@]}" bootstrap --bootstrap-username admin \
    --bootstrap-project-name admin --bootstrap-role-name admin \
    --bootstrap-admin-url "$KEYSTONE_URL" --bootstrap-internal-url "$KEYSTONE_URL" \
    --bootstrap-public-url "$KEYSTONE_URL" --bootstrap-region-id "$REGION" \
    >> "$LOG/keystone-manage.log" 2>&1 || die "keystone bootstrap failed"
  uwsgi_app keystone 5000 /usr/bin/keystone-wsgi-public "OS_KEYSTONE_CONFIG_FILES=$ETC/keystone/keystone.conf"
  wait_for "Keystone on :5000" 60 keystone http_up "$KEYSTONE_URL"
}

start_placement() {
  step "Placement"
  placement-manage --config-file "$ETC/placement/placement.conf" db sync > "$LOG/placement-manage.log" 2>&1 \
    || die "placement db sync failed"
  uwsgi_app placement 8778 /usr/bin/placement-api "OS_PLACEMENT_CONFIG_DIR=$ETC/placement"
  wait_for "Placement on :8778" 60 placement http_up http://127.0.0.1:8778/
}

start_glance() {
  step "Glance"
  mkdir -p "$STATE/glance"/{images,staging,tasks,lock}
  glance-manage --config-file "$ETC/glance/glance-api.conf" db_sync > "$LOG/glance-manage.log" 2>&1 \
    || die "glance db_sync failed"
  start glance-api glance-api --config-file "$ETC/glance/glance-api.conf"
  wait_for "Glance on :9292" 60 glance-api http_up http://127.0.0.1:9292/
}

start_neutron() {
  step "Neutron (ML2/openvswitch)"
  local c=(--config-file "$ETC/neutron/neutron.conf" --config-file "$ETC/neutron/ml2_conf.ini")
  mkdir -p "$STATE/neutron/lock"
  neutron-db-manage "${c[@]}" upgrade heads > "$LOG/neutron-db-manage.log" 2>&1 || die "neutron-db-manage failed"
  start neutron-server neutron-server "${c[@]}"
  wait_for "Neutron on :9696" 90 neutron-server http_up http://127.0.0.1:9696/
  start fake-ovs-agent /usr/bin/python3 "$HERE/fake_ovs_agent.py" "$HOST_NAME" "$ETC/neutron/neutron.conf"
}

start_nova() {
  step "Nova"
  local c=(--config-file "$ETC/nova/nova.conf")
  mkdir -p "$STATE/nova"/{instances,lock}
  {
    nova-manage "${c[@]}" api_db sync &&
    nova-manage "${c[@]}" cell_v2 map_cell0 &&  # derives .../nova_cell0 from [database]
    nova-manage "${c[@]}" cell_v2 create_cell --name cell1 --verbose &&
    nova-manage "${c[@]}" db sync
  } > "$LOG/nova-manage.log" 2>&1 || die "nova-manage db setup failed"
  for s in nova-api nova-conductor nova-scheduler; do start "$s" "$s" "${c[@]}"; done
  # The test virt driver: PYTHONPATH for this daemon only (netns-driver/sitecustomize.py says why).
  # No bytecode written into the source tree.
  start nova-compute env PYTHONPATH="$HERE/netns-driver" PYTHONDONTWRITEBYTECODE=1 \
    VGPUBENCH_GUEST_STATE="$STATE/guests" VGPUBENCH_GUEST_USER="$GUEST_USER" nova-compute "${c[@]}"
  wait_for "Nova API on :8774" 90 nova-api http_up http://127.0.0.1:8774/
}

provision() { /usr/bin/python3 "$HERE/provision.py" "$@"; }

# --- main ----------------------------------------------------------------------------------
install_packages
if already_up; then step "stack already up (state in $STATE); nothing to do"; exit 0; fi
"$HERE/down.sh" > /dev/null 2>&1 || true
rm -rf "$STATE"
mkdir -p "$RUN" "$LOG" "$ETC"
chmod 711 "$STATE"  # others may reach openrc.json (0600, owned by SUDO_USER), not list
T_UP=$(date +%s)

DB_PW=$(secret); SERVICE_PW=$(secret); ADMIN_PW=$(secret); DEMO_PW=$(secret)
write_configs
start_mariadb
start_rabbitmq
start_keystone

# Secrets reach provision.py by its environment, never by its arguments (visible in ps).
export OS_FIXTURE_STATE="$STATE" OS_FIXTURE_AUTH_URL="$KEYSTONE_URL" OS_FIXTURE_REGION="$REGION" \
  OS_FIXTURE_ADMIN_PASSWORD="$ADMIN_PW" OS_FIXTURE_SERVICE_PASSWORD="$SERVICE_PW" \
  OS_FIXTURE_DEMO_PASSWORD="$DEMO_PW" OS_FIXTURE_HOST="$HOST_NAME" OS_FIXTURE_VGPU_SLOTS="$VGPU_SLOTS" \
  OS_FIXTURE_GUEST_USER="$GUEST_USER"
step "identity: service users, catalog, demo project"
provision identity || die "identity provisioning failed"

start_placement
start_glance
start_neutron
T_NOVA=$(date +%s)
start_nova

step "waiting for nova-compute to report, then mapping it to cell1"
provision wait-compute "$T_NOVA" || die "nova-compute never reported (log: $LOG/nova-compute.log)"
nova-manage --config-file "$ETC/nova/nova.conf" cell_v2 discover_hosts --verbose >> "$LOG/nova-manage.log" 2>&1 \
  || die "discover_hosts failed"

step "fixture: quotas, image, flavors, vGPU provider, networks, router, application credential"
provision fixture || die "fixture provisioning failed"
[ -n "${SUDO_USER:-}" ] && chown "$SUDO_USER" "$STATE/openrc.json" "$STATE/openrc.sh"
T_READY=$(date +%s)

step "probe: first server with a NIC to ACTIVE, its sshd answering, then deleted and its guest gone"
provision probe || die "probe server did not go ACTIVE or its guest did not answer"
left=$(VGPUBENCH_GUEST_STATE="$STATE/guests" /usr/bin/python3 "$HERE/netns-driver/netns_guest.py" list)
[ -z "$left" ] || die "the probe server's guest outlived it: $left"

step "probe: 60 rounds of 8 concurrent VGPU claims never take more than the $VGPU_SLOTS slots"
VGPUBENCH_OS_STATE="$STATE" /usr/bin/python3 "$HERE/claim-race.py" 60 8 \
  || die "placement accepted more vGPU claims than slots (claim-race.py)"

step "up in $(($(date +%s) - T_UP))s (services and fixture $((T_READY - T_UP))s); env file: $STATE/openrc.json"
