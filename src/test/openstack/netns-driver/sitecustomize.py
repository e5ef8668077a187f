"""Lets nova-compute load compute_driver = vgpubench_netns.NetnsDriver from this folder.

Nova imports its driver as 'nova.virt.' + compute_driver (nova/virt/driver.py,
load_compute_driver), and nova.virt's search path is only Nova's own folder, so a module on
PYTHONPATH is not found under that name by itself. Python imports sitecustomize from PYTHONPATH at
start; this one adds a finder for exactly nova.virt.vgpubench_netns, which loads
vgpubench_netns.py from here when (and only when) Nova asks for it. up.sh sets this PYTHONPATH
for nova-compute alone.
"""
import importlib.abc
import importlib.util
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
_NAME = 'nova.virt.vgpubench_netns'


class _DriverFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname != _NAME:
            return None
        return importlib.util.spec_from_file_location(fullname, os.path.join(_HERE, 'vgpubench_netns.py'))


sys.meta_path.insert(0, _DriverFinder())
