// The territories map of the procurement observatory: one circle per département at its préfecture, its area
// proportional to the amount of its contracts, linking to the département's page. No background tiles: the
// pages load nothing from other servers. The same figures are in the table under the map.
(function () {
  'use strict';
  document.querySelectorAll('.ouvert-territories-map').forEach(function (element) {
    var points = JSON.parse(element.getAttribute('data-points'));
    if (!points.length || typeof L === 'undefined') {
      return;
    }
    var map = L.map(element, { attributionControl: false, zoomSnap: 0.25, scrollWheelZoom: false });
    var largest = Math.max.apply(null, points.map(function (p) { return p.amount; })) || 1;
    var bounds = [];
    points.forEach(function (p) {
      var radius = 4 + 26 * Math.sqrt(p.amount / largest);
      var marker = L.circleMarker([p.lat, p.lon], {
        radius: radius, color: '#000091', weight: 1, fillColor: '#6a6af4', fillOpacity: 0.55
      }).addTo(map);
      marker.bindTooltip(p.label);
      marker.on('click', function () { window.location.href = '/marches-publics/territoires/departements/' + p.code; });
      // Metropolitan France frames the national map; overseas départements stay in the table.
      if (p.lat > 40 || points.length < 20) {
        bounds.push([p.lat, p.lon]);
      }
    });
    map.fitBounds(bounds.length ? bounds : points.map(function (p) { return [p.lat, p.lon]; }), { padding: [20, 20], maxZoom: 8 });
  });
}());
