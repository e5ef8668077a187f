#!/usr/bin/python3
"""Provisions the fixture of the `openstack` test tier through the real APIs (openstacksdk).

Called by up.sh; inputs come from OS_FIXTURE_* environment variables (secrets included, so
they never appear on a command line), output is $STATE/openrc.json (read by the JUnit
fixture) and $STATE/openrc.sh (for people). Secrets are never printed.

Steps:
  identity            service project and users, catalog, demo project and user
  wait-compute EPOCH  until nova-compute has reported after EPOCH (else first boots fail)
  fixture             quotas, image, flavors, vGPU provider, networks, router, app credential
  probe               boots one server with a NIC to ACTIVE, checks its guest (console
                      fingerprints, sshd's banner on its fixed IP) and deletes it
"""
import json
import os
import socket
import sys
import time
from datetime import datetime, timezone

import openstack

ENV = os.environ
STATE = ENV['OS_FIXTURE_STATE']
AUTH_URL = ENV['OS_FIXTURE_AUTH_URL']
REGION = ENV['OS_FIXTURE_REGION']
HOST = ENV['OS_FIXTURE_HOST']
VGPU_SLOTS = int(ENV.get('OS_FIXTURE_VGPU_SLOTS', '4'))
GUEST_USER = ENV.get('OS_FIXTURE_GUEST_USER', 'vgpubench')

SERVICE_PROJECT = 'service'
DEMO_PROJECT = 'vgpubench-demo'
DEMO_USER = 'demo'
IMAGE_NAME = 'vgpubench-tiny'
# The same disk with vgpubench_console=none: the test virt driver's servers of it print no host
# key fingerprints, like an image without cloud-init.
BARE_IMAGE_NAME = 'vgpubench-tiny-nocloudinit'
PRIVATE_NET, PRIVATE_SUBNET, PRIVATE_CIDR = 'private', 'private-subnet', '10.0.0.0/24'
# TEST-NET-3 (RFC 5737): documentation addresses; nothing is ever routed to or from them.
PUBLIC_NET, PUBLIC_SUBNET, PUBLIC_CIDR = 'public', 'public-subnet', '203.0.113.0/24'
ROUTER = 'router1'
APP_CREDENTIAL = 'vgpubench-ci'
# Names of Jetstream2's flavors, so playbooks written for it run against the fixture.
CPU_FLAVORS = [('m3.tiny', 1, 3072, 20), ('m3.small', 2, 6144, 20)]
VGPU_FLAVORS = [('g3.small', 4, 15360, 60), ('g3.medium', 8, 30720, 60),
                ('g3.large', 16, 61440, 60), ('g3.xl', 32, 128000, 60)]
QUOTAS_COMPUTE = {'instances': 20, 'cores': 256, 'ram': 1024000}
QUOTAS_NETWORK = {'floatingip': 10, 'network': 10, 'router': 5, 'port': 100,
                  'security_group': 20, 'security_group_rule': 200}
SERVICES = [  # name, type, user, url
    ('nova', 'compute', 'nova', 'http://127.0.0.1:8774/v2.1'),
    ('placement', 'placement', 'placement', 'http://127.0.0.1:8778'),
    ('glance', 'image', 'glance', 'http://127.0.0.1:9292'),
    ('neutron', 'network', 'neutron', 'http://127.0.0.1:9696'),
]


def log(msg):
    print('[provision] %s' % msg, flush=True)


def connect(user, password, project):
    return openstack.connect(auth_url=AUTH_URL, username=user, password=password,
                             project_name=project, user_domain_name='Default',
                             project_domain_name='Default', region_name=REGION,
                             identity_api_version='3')


def admin():
    return connect('admin', ENV['OS_FIXTURE_ADMIN_PASSWORD'], 'admin')


def demo():
    return connect(DEMO_USER, ENV['OS_FIXTURE_DEMO_PASSWORD'], DEMO_PROJECT)


def identity():
    conn = admin()
    service = conn.identity.create_project(name=SERVICE_PROJECT, domain_id='default')
    admin_role = conn.identity.find_role('admin')
    for name, kind, user, url in SERVICES:
        u = conn.identity.create_user(name=user, password=ENV['OS_FIXTURE_SERVICE_PASSWORD'],
                                      domain_id='default')
        conn.identity.assign_project_role_to_user(service, u, admin_role)
        svc = conn.identity.create_service(name=name, type=kind)
        for interface in ('public', 'internal', 'admin'):
            conn.identity.create_endpoint(service_id=svc.id, interface=interface, url=url,
                                          region_id=REGION)
    project = conn.identity.create_project(name=DEMO_PROJECT, domain_id='default')
    user = conn.identity.create_user(name=DEMO_USER, password=ENV['OS_FIXTURE_DEMO_PASSWORD'],
                                     domain_id='default', default_project_id=project.id)
    for role in ('member', 'reader'):
        conn.identity.assign_project_role_to_user(project, user, conn.identity.find_role(role))
    log('identity ready: %d services, project %s' % (len(SERVICES), DEMO_PROJECT))


def wait(what, timeout, probe, interval=1.0):
    deadline = time.time() + timeout
    while True:
        result = probe()
        if result:
            return result
        if time.time() > deadline:
            raise SystemExit('timed out after %ds waiting for %s' % (timeout, what))
        time.sleep(interval)


def wait_compute(since_epoch):
    conn = admin()
    since = datetime.fromtimestamp(float(since_epoch), timezone.utc)

    def reported():
        for s in conn.compute.services(binary='nova-compute'):
            if s.updated_at and s.state == 'up':
                updated = datetime.fromisoformat(s.updated_at.replace('Z', '')).replace(tzinfo=timezone.utc)
                if updated > since:
                    return s
        return None
    s = wait('nova-compute to report', 180, reported)
    log('nova-compute on %s reported at %s' % (s.host, s.updated_at))


def placement_json(conn, method, url, body=None, version='1.20'):
    response = getattr(conn.placement, method)(
        url, json=body, microversion=version, raise_exc=True,
        headers={'OpenStack-API-Version': 'placement %s' % version})
    return response.json() if response.content else None


def vgpu_provider(conn):
    """Models the GPU host: a child provider of the compute node with VGPU_SLOTS slots.

    Inventory on the compute node's own provider is overwritten by the fake driver on every
    update; a child provider (as libvirt creates one per physical GPU) keeps its inventory.
    """
    def compute_rp():
        rps = placement_json(conn, 'get', '/resource_providers?name=%s' % HOST)['resource_providers']
        return rps[0] if rps else None
    parent = wait('compute node resource provider %s' % HOST, 120, compute_rp)
    child = placement_json(conn, 'post', '/resource_providers', {
        'name': '%s_pci_0000_3b_00_0' % HOST, 'parent_provider_uuid': parent['uuid']})
    placement_json(conn, 'put', '/resource_providers/%s/inventories' % child['uuid'], {
        'resource_provider_generation': child['generation'],
        'inventories': {'VGPU': {'total': VGPU_SLOTS, 'max_unit': VGPU_SLOTS}}})
    log('vGPU provider %s under %s with %d VGPU' % (child['name'], HOST, VGPU_SLOTS))
    return {'slots': VGPU_SLOTS, 'resourceProviderUuid': child['uuid'],
            'resourceProviderName': child['name'], 'computeNodeProviderUuid': parent['uuid']}


def tiny_image(conn):
    path = os.path.join(STATE, 'fixture', 'tiny.img')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:  # 1 MiB raw disk: a boot signature and zeros
        f.write(b'\0' * 510 + b'\x55\xaa' + b'\0' * (1024 * 1024 - 512))
    image = conn.image.create_image(name=IMAGE_NAME, filename=path, disk_format='raw',
                                    container_format='bare', visibility='public', wait=True,
                                    allow_duplicates=True)
    bare = conn.image.create_image(name=BARE_IMAGE_NAME, filename=path, disk_format='raw',
                                   container_format='bare', visibility='public', wait=True,
                                   allow_duplicates=True, vgpubench_console='none')
    return {'name': image.name, 'id': image.id}, {'name': bare.name, 'id': bare.id}


def flavors(conn):
    for name, vcpus, ram, disk in CPU_FLAVORS + VGPU_FLAVORS:
        f = conn.compute.create_flavor(name=name, vcpus=vcpus, ram=ram, disk=disk, is_public=True)
        if (name, vcpus, ram, disk) in VGPU_FLAVORS:
            conn.compute.create_flavor_extra_specs(f, {'resources:VGPU': '1'})
    return [f[0] for f in CPU_FLAVORS], [f[0] for f in VGPU_FLAVORS]


def quotas(conn, project_id):
    conn.compute.put('/os-quota-sets/%s' % project_id, json={'quota_set': QUOTAS_COMPUTE},
                     raise_exc=True)
    conn.network.put('/quotas/%s' % project_id, json={'quota': QUOTAS_NETWORK}, raise_exc=True)


def networks(adm, dem):
    public = adm.network.create_network(name=PUBLIC_NET, is_router_external=True,
                                        provider_network_type='flat',
                                        provider_physical_network='external')
    adm.network.create_subnet(name=PUBLIC_SUBNET, network_id=public.id, ip_version=4,
                              cidr=PUBLIC_CIDR, gateway_ip='203.0.113.1', is_dhcp_enabled=False,
                              allocation_pools=[{'start': '203.0.113.10', 'end': '203.0.113.200'}])
    private = dem.network.create_network(name=PRIVATE_NET)
    subnet = dem.network.create_subnet(name=PRIVATE_SUBNET, network_id=private.id, ip_version=4,
                                       cidr=PRIVATE_CIDR)
    router = dem.network.create_router(name=ROUTER, external_gateway_info={'network_id': public.id})
    dem.network.add_interface_to_router(router, subnet_id=subnet.id)
    return {'private': PRIVATE_NET, 'privateId': private.id, 'privateSubnetId': subnet.id,
            'external': PUBLIC_NET, 'externalId': public.id, 'router': ROUTER, 'routerId': router.id}


def fixture():
    adm = admin()
    dem = demo()
    project = adm.identity.find_project(DEMO_PROJECT)
    admin_project = adm.identity.find_project('admin')
    demo_user = adm.identity.find_user(DEMO_USER)
    quotas(adm, project.id)
    image, bare_image = tiny_image(adm)
    cpu_flavors, vgpu_flavors = flavors(adm)
    vgpu = vgpu_provider(adm)
    nets = networks(adm, dem)
    cred = dem.identity.create_application_credential(
        user=demo_user.id, name=APP_CREDENTIAL, description='vgpubench openstack test tier')
    env = {
        'authUrl': AUTH_URL, 'region': REGION, 'userDomain': 'Default', 'projectDomain': 'Default',
        'admin': {'username': 'admin', 'password': ENV['OS_FIXTURE_ADMIN_PASSWORD'],
                  'projectName': 'admin', 'projectId': admin_project.id},
        'demo': {'username': DEMO_USER, 'password': ENV['OS_FIXTURE_DEMO_PASSWORD'],
                 'projectName': DEMO_PROJECT, 'projectId': project.id, 'userId': demo_user.id},
        'applicationCredential': {'id': cred.id, 'name': APP_CREDENTIAL, 'secret': cred.secret},
        'image': image, 'imageWithoutCloudInit': bare_image, 'cpuFlavors': cpu_flavors, 'vgpuFlavors': vgpu_flavors, 'vgpu': vgpu,
        'network': nets, 'computeHost': HOST, 'ml2MechanismDriver': 'openvswitch',
        'computeDriver': 'vgpubench_netns.NetnsDriver', 'guestUser': GUEST_USER,
        'quotas': {'compute': QUOTAS_COMPUTE, 'network': QUOTAS_NETWORK},
    }
    write_private(os.path.join(STATE, 'openrc.json'), json.dumps(env, indent=2) + '\n')
    write_private(os.path.join(STATE, 'openrc.sh'), ''.join('export %s=%s\n' % kv for kv in [
        ('OS_AUTH_URL', AUTH_URL), ('OS_REGION_NAME', REGION), ('OS_IDENTITY_API_VERSION', '3'),
        ('OS_USERNAME', DEMO_USER), ('OS_PASSWORD', "'%s'" % ENV['OS_FIXTURE_DEMO_PASSWORD']),
        ('OS_PROJECT_NAME', DEMO_PROJECT), ('OS_USER_DOMAIN_NAME', 'Default'),
        ('OS_PROJECT_DOMAIN_NAME', 'Default')]))
    log('fixture ready: image %s, %d flavors, networks %s/%s, app credential %s' % (
        IMAGE_NAME, len(cpu_flavors) + len(vgpu_flavors), PRIVATE_NET, PUBLIC_NET, APP_CREDENTIAL))


def write_private(path, text):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, 'w') as f:
        f.write(text)


def probe():
    conn = demo()
    t0 = time.time()
    server = conn.compute.create_server(
        name='vgpubench-probe', image_id=conn.image.find_image(IMAGE_NAME).id,
        flavor_id=conn.compute.find_flavor(CPU_FLAVORS[0][0]).id,
        networks=[{'uuid': conn.network.find_network(PRIVATE_NET).id}])
    try:
        server = conn.compute.wait_for_server(server, status='ACTIVE', failures=['ERROR'], wait=120)
    except Exception:
        fault = conn.compute.get_server(server.id).fault
        raise SystemExit('probe server failed: %s' % (fault or {}).get('message'))
    try:
        ports = list(admin().network.ports(device_id=server.id))  # binding:* is admin-only
        vif_types = [p.binding_vif_type for p in ports]
        log('probe server ACTIVE after %.1fs, ports bound as %s' % (time.time() - t0, vif_types))
        console = conn.compute.get_server_console_output(server)['output']
        if '-----END SSH HOST KEY FINGERPRINTS-----' not in console:
            raise SystemExit('probe server console has no host key fingerprints: %r' % console[-300:])
        ip = ports[0].fixed_ips[0]['ip_address']
        banner = wait('sshd of the probe server on %s:22' % ip, 30, lambda: ssh_banner(ip), 0.5)
        log('probe server guest: %s:22 answers %s' % (ip, banner))
    finally:
        conn.compute.delete_server(server)
        conn.compute.wait_for_delete(server, wait=60)


def ssh_banner(ip):
    try:
        with socket.create_connection((ip, 22), timeout=2) as s:
            return s.recv(64).decode('ascii', 'replace').strip() or None
    except OSError:
        return None


if __name__ == '__main__':
    step = sys.argv[1]
    {'identity': identity, 'fixture': fixture, 'probe': probe,
     'wait-compute': lambda: wait_compute(sys.argv[2])}[step]()
