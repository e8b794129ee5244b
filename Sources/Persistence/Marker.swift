enum PersistenceMarker {}
