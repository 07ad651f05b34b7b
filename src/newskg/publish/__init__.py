"""Publishing: a static linked-data site (``publish``) and a live SPARQL endpoint (``newskg.serve``).

``check(store)`` runs the stricter ``publish`` SHACL profile; ``publish()``
writes the site (see ``newskg.publish.site`` for the layout and
``newskg.publish.render`` for the IRI → path scheme).
"""

from __future__ import annotations

from newskg.publish.site import DEFAULT_LICENSE, PublishError, PublishReport, nginx_conf, publish

__all__ = ["DEFAULT_LICENSE", "PublishError", "PublishReport", "check", "nginx_conf", "publish"]


def check(store, progress=None):
    """The ``publish`` profile's validation report; PublishError when the profile's shapes are not installed."""
    from newskg.resources import ontology_file
    from newskg.validate import PROFILES, validate_store

    missing = [name for name in PROFILES.get("publish", ()) if not ontology_file(name).exists()]
    if "publish" not in PROFILES or missing:
        raise PublishError(
            f"the publish SHACL profile is not installed (missing: {', '.join(missing) or 'profile'}). "
            "Fix: install a newskg that ships ontology/shapes-publish.ttl, or publish without the check (--force).")
    return validate_store(store, "publish", progress=progress)
