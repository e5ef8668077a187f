#!/usr/bin/python3
"""Heartbeat of an Open vSwitch agent that has no vswitch behind it.

The fixture has no Open vSwitch, so no real neutron-openvswitch-agent can run.
ML2's real `openvswitch` mechanism driver binds a port only to a host whose
OVS agent is alive. This process reports that agent's state over the same RPC
call (`report_state` on topic `q-reports-plugin`) the real agent uses, every
REPORT_INTERVAL seconds, so ports bound to the compute host get
binding:vif_type=ovs and Nova's fake driver boots servers with NICs.
Nothing else of the agent is emulated: ports stay DOWN, no flows, no DHCP.

Usage: fake_ovs_agent.py HOST NEUTRON_CONF
"""
import sys
import time

from oslo_config import cfg

from neutron.agent import rpc as agent_rpc
from neutron.common import config as common_config
from neutron.conf.agent import common as agent_config
from neutron_lib.agent import topics
from neutron_lib import context
from neutron_lib import rpc as n_rpc

REPORT_INTERVAL = 20


def agent_state(host):
    return {
        'binary': 'neutron-openvswitch-agent',
        'host': host,
        'topic': 'N/A',
        'agent_type': 'Open vSwitch agent',
        'start_flag': True,
        'configurations': {
            'bridge_mappings': {'external': 'br-ex'},
            'tunnel_types': ['vxlan'],
            'tunneling_ip': '127.0.0.1',
            'integration_bridge': 'br-int',
            'datapath_type': 'system',
            'ovs_hybrid_plug': False,
            'l2_population': False,
            'enable_distributed_routing': False,
            'devices': 0,
        },
    }


def main(host, conf_file):
    common_config.register_common_config_options()
    agent_config.register_agent_state_opts_helper(cfg.CONF)
    cfg.CONF(['--config-file', conf_file], project='neutron')
    n_rpc.init(cfg.CONF)
    reporter = agent_rpc.PluginReportStateAPI(topics.REPORTS)
    ctx = context.get_admin_context_without_session()
    state = agent_state(host)
    while True:
        try:
            reporter.report_state(ctx, state, use_call=True)
            state.pop('start_flag', None)
            print('reported state of OVS agent on %s' % host, flush=True)
        except Exception as e:  # keep beating while neutron-server restarts
            print('report failed: %s' % type(e).__name__, flush=True)
        time.sleep(REPORT_INTERVAL)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
