#!/usr/bin/python3
"""Checks that the fixture's placement never lets concurrent claims exceed the vGPU slots.

Usage: sudo src/test/openstack/claim-race.py [rounds] [claims-per-round]   (defaults 100 and 8)

Each round sends that many VGPU:1 claims for fresh consumers at once to the child provider (4 slots),
reads its usage, and deletes them. Exit 1 when a round was accepted more claims than there are slots
(Zed's placement did so in 5 of 60 rounds under MariaDB's REPEATABLE READ; up.sh sets READ COMMITTED).
"""
import concurrent.futures
import json
import os
import sys
import uuid

import openstack

STATE = os.environ.get('VGPUBENCH_OS_STATE', '/var/lib/vgpubench-openstack')
HEADERS = {'OpenStack-API-Version': 'placement 1.36'}


def main(rounds, claims):
    env = json.load(open(os.path.join(STATE, 'openrc.json')))
    admin = env['admin']
    conn = openstack.connect(auth_url=env['authUrl'], username=admin['username'], password=admin['password'],
                             project_name=admin['projectName'], user_domain_name='Default',
                             project_domain_name='Default', region_name=env['region'])
    provider, slots, project = env['vgpu']['resourceProviderUuid'], env['vgpu']['slots'], admin['projectId']

    def claim(consumer):
        body = {'allocations': {provider: {'resources': {'VGPU': 1}}}, 'project_id': project,
                'user_id': project, 'consumer_generation': None}
        return conn.placement.put('/allocations/%s' % consumer, json=body, headers=HEADERS).status_code

    over = 0
    for n in range(rounds):
        consumers = [str(uuid.uuid4()) for _ in range(claims)]
        try:
            with concurrent.futures.ThreadPoolExecutor(claims) as pool:
                accepted = list(pool.map(claim, consumers)).count(204)
            usage = conn.placement.get('/resource_providers/%s/usages' % provider,
                                       headers=HEADERS).json()['usages'].get('VGPU', 0)
        finally:
            for consumer in consumers:
                conn.placement.delete('/allocations/%s' % consumer, headers=HEADERS)
        if accepted > slots or usage > slots:
            over += 1
            print('round %d: %d of %d claims accepted on %d slots (usage %d)' % (n, accepted, claims, slots, usage))
    print('%d of %d rounds over-allocated the %d slots' % (over, rounds, slots))
    return 1 if over else 0


if __name__ == '__main__':
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100, int(sys.argv[2]) if len(sys.argv) > 2 else 8))
