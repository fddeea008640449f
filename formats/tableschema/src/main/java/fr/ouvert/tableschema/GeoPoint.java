package fr.ouvert.tableschema;

/** The value of a {@code geopoint} cell: longitude and latitude in degrees, within ±180 and ±90. */
public record GeoPoint(double lon, double lat) {
}
