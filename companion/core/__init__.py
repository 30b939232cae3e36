"""The app's domain and storage, in plain Python.

Nothing below this package imports Qt: everything the app can do can be done,
and tested, from a script or from the command line.
"""
