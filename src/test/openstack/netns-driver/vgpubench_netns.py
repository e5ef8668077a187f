"""Nova's fake virt driver, plus what a cloud image gives a server: a guest of netns_guest.

compute_driver = vgpubench_netns.NetnsDriver (nova-compute's PYTHONPATH holds this folder;
sitecustomize.py beside it makes Nova's import of nova.virt.vgpubench_netns find this module).

spawn: the fake driver's bookkeeping, then a guest for the server's first IPv4 fixed IP: network
namespace, veth and host route, sshd with a fresh host key that accepts the instance's key pair
for netns_guest.GUEST_USER, and a console log with cloud-init's fingerprint block. A server
without a NIC gets no guest (as with the fake driver: ACTIVE, unreachable). A failure to make the
guest fails the spawn (the server goes to ERROR, Nova reschedules), with what was made removed.
destroy: the guest is removed (every process in its namespace, namespace, veth, accounts, folder),
then the fake driver's bookkeeping. get_console_output: the guest's console log.
Floating IPs: a green thread puts each associated floating IP on its server's guest (routed from
the host), as an L3 agent's DNAT would make it reach the server.

An image with the property vgpubench_console=none stands for an image without cloud-init: its
servers' consoles carry no fingerprint block (sshd still runs), as the controller must refuse
them unless the playbook allows trust on first use.
"""
import eventlet
from oslo_log import log as logging

from nova import context as nova_context
from nova import exception
from nova.network import neutron
from nova.virt import fake

import netns_guest

LOG = logging.getLogger(__name__)


class NetnsDriver(fake.FakeDriver):

    def init_host(self, host):
        super().init_host(host)
        # The fake driver forgets its servers when nova-compute restarts: their guests are orphans.
        left = netns_guest.cleanup_all()
        if left:
            LOG.warning('removed %d guest(s) left from before this nova-compute: %s',
                        len(left), ' '.join(left))
        eventlet.spawn_n(self._floating_ips)

    @staticmethod
    def _floating_ips():
        """Every second while guests exist: Neutron's floating IP associations onto the guests
        (no L3 agent routes them here; see netns_guest.sync_floating)."""
        client = None  # one client: its session keeps the token instead of asking Keystone each time
        while True:
            try:
                if netns_guest.names():
                    if client is None:
                        client = neutron.get_client(nova_context.get_admin_context(), admin=True)
                    listed = client.list_floatingips()['floatingips']
                    netns_guest.sync_floating(
                        {f['floating_ip_address']: f['fixed_ip_address'] for f in listed
                         if f.get('port_id') and f.get('fixed_ip_address')}, log=LOG.info)
            except Exception:
                LOG.exception('floating IPs onto the guests')
                client = None
            eventlet.sleep(1)

    @staticmethod
    def _address(network_info):
        for vif in network_info or []:
            for subnet in (vif.get('network') or {}).get('subnets') or []:
                gateway = (subnet.get('gateway') or {}).get('address')
                for ip in subnet.get('ips') or []:
                    if ip.get('version') == 4 or ':' not in ip['address']:
                        return ip['address'], gateway
        return None, None

    def spawn(self, context, instance, image_meta, injected_files,
              admin_password, allocations, network_info=None,
              block_device_info=None, power_on=True, accel_info=None):
        super().spawn(context, instance, image_meta, injected_files, admin_password, allocations,
                      network_info=network_info, block_device_info=block_device_info,
                      power_on=power_on, accel_info=accel_info)
        address, gateway = self._address(network_info)
        if address is None:
            LOG.info('no IPv4 fixed IP: no guest', instance=instance)
            return
        try:
            name = netns_guest.create(instance.uuid, address, gateway or '10.0.0.1',
                                      instance.hostname or instance.uuid, instance.key_data or '',
                                      log=lambda m: LOG.warning(m, instance=instance),
                                      cloud_init=self._cloud_init(instance))
        except Exception as e:
            LOG.error('guest for %s failed: %s', address, e, instance=instance)
            super().destroy(context, instance, network_info)
            raise exception.InstanceDeployFailure(reason='netns guest: %s' % e)
        LOG.info('guest %s: sshd on %s:22 as %s', name, address, netns_guest.GUEST_USER,
                 instance=instance)

    @staticmethod
    def _cloud_init(instance):
        # Nova keeps every image property of the server's image as system metadata 'image_<key>'
        return (instance.system_metadata or {}).get('image_vgpubench_console') != 'none'

    def destroy(self, context, instance, network_info, block_device_info=None,
                destroy_disks=True, destroy_secrets=True):
        netns_guest.destroy(netns_guest.name_of(instance.uuid))
        super().destroy(context, instance, network_info, block_device_info=block_device_info,
                        destroy_disks=destroy_disks, destroy_secrets=destroy_secrets)

    def get_console_output(self, context, instance):
        text = netns_guest.console(instance.uuid)
        return text if text is not None else super().get_console_output(context, instance)
