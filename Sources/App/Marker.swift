enum AppMarker {}
