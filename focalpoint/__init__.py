"""focalpoint: the offline-first app of WANEP-Mali's focal points and national secretariat."""

__version__ = "0.1.0"
