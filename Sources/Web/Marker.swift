enum WebMarker {}
