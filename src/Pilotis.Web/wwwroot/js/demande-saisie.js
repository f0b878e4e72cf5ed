// Saisie d'une demande : « Ajouter une personne » ajoute la ligne sur place (copie de la dernière, indices renumérotés)
// au lieu de reposter le formulaire. Sans JavaScript, le bouton poste le formulaire et le serveur ajoute la ligne.
(function () {
    "use strict";
    var form = document.getElementById("form-demande");
    if (!form) return;
    var bouton = form.querySelector("button[name='Ajouter']");
    var corps = document.getElementById("membres");
    if (!bouton || !corps) return;
    bouton.addEventListener("click", function (evenement) {
        var lignes = corps.querySelectorAll("tr.pilotis-membre");
        if (lignes.length === 0) return;
        evenement.preventDefault();
        var index = lignes.length;
        var copie = lignes[lignes.length - 1].cloneNode(true);
        copie.querySelectorAll(".fr-error-text").forEach(function (e) { e.remove(); });
        copie.querySelectorAll("[name], [id], [for]").forEach(function (e) {
            ["name", "id", "for"].forEach(function (attribut) {
                var valeur = e.getAttribute(attribut);
                if (valeur) e.setAttribute(attribut, valeur.replace(/Membres(\[|_)\d+(\]|_)/, function (_, a, b) { return "Membres" + a + index + b; }));
            });
        });
        copie.querySelectorAll("input[type='checkbox']").forEach(function (c) { c.checked = false; });
        copie.querySelectorAll("input:not([type='checkbox'])").forEach(function (i) { i.value = ""; i.classList.remove("fr-input--error"); });
        var select = copie.querySelector("select");
        if (select) select.value = "Enfant";
        copie.querySelector("td").textContent = String(index + 1);
        copie.querySelectorAll(".fr-sr-only").forEach(function (s) { s.textContent = s.textContent.replace(/\d+/, String(index + 1)); });
        corps.appendChild(copie);
        var age = copie.querySelector("input[name$='.Age']");
        if (age) age.focus();
    });
})();
