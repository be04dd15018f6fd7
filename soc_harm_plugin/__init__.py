"""SOC Harm: place-based harm scoring for QGIS."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    from .plugin import SocHarmPlugin

    return SocHarmPlugin(iface)
