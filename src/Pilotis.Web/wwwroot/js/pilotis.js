// Petites interactions communes à toutes les pages, sans gestionnaire écrit dans les balises : la politique de
// sécurité du contenu (script-src 'self') refuse les attributs onclick/onchange.
document.addEventListener("click", function (evenement) {
  var bouton = evenement.target.closest("[data-pilotis-imprimer]");
  if (bouton) {
    window.print();
  }
});
document.addEventListener("change", function (evenement) {
  var champ = evenement.target.closest("[data-pilotis-soumettre]");
  if (champ && champ.form) {
    champ.form.submit();
  }
});
