// Carte de l'observatoire foncier (ADR 0024) : Leaflet depuis npm, sans fond de tuiles (aucun serveur extérieur).
// Les sites viennent de l'attribut data-sites de #carte-foncier (JSON rendu par la page, jamais de script en ligne).
(function () {
  'use strict';
  var conteneur = document.getElementById('carte-foncier');
  if (!conteneur || typeof L === 'undefined') { return; }
  var sites = JSON.parse(conteneur.getAttribute('data-sites') || '[]');
  var couleurs = {
    identifie: '#0063cb', en_etude: '#6a6af4', acquis_porte: '#b34000', en_operation: '#18753c', construit: '#3a3a3a'
  };
  var carte = L.map(conteneur, { attributionControl: false, zoomSnap: 0.5 });
  var groupe = L.featureGroup().addTo(carte);
  sites.forEach(function (s) {
    var couleur = couleurs[s.codeStatut] || '#000091';
    if (s.geometrie) {
      try {
        L.geoJSON(JSON.parse(s.geometrie), {
          style: { color: couleur, weight: 2, fillOpacity: 0.2 },
          pointToLayer: function () { return L.layerGroup(); }
        }).addTo(groupe);
      } catch (e) { /* géométrie déjà vérifiée à l'écriture : on garde au moins le point */ }
    }
    var marqueur = L.circleMarker([s.latitude, s.longitude], {
      radius: 8, color: '#ffffff', weight: 2, fillColor: couleur, fillOpacity: 0.9, className: 'pilotis-marqueur-site'
    });
    var lien = document.createElement('a');
    lien.href = '/foncier/sites/' + s.id;
    lien.textContent = s.nom;
    var bulle = document.createElement('div');
    bulle.appendChild(lien);
    bulle.appendChild(document.createElement('br'));
    bulle.appendChild(document.createTextNode(s.commune + ' — ' + s.statut +
      (s.capacite === null ? '' : ' — ' + s.capacite + ' logement(s) social(aux) estimé(s)')));
    marqueur.bindPopup(bulle);
    marqueur.bindTooltip(s.nom);
    marqueur.addTo(groupe);
  });
  var limites = groupe.getBounds();
  if (limites.isValid()) {
    carte.fitBounds(limites.pad(0.2), { maxZoom: 15 });
  } else {
    carte.setView([44.0, 4.2], 9);
  }
  L.control.scale({ imperial: false }).addTo(carte);
  conteneur.setAttribute('data-marqueurs', String(sites.length));
})();
