// Saisie d'une opération : surface utile par lot et équilibre du plan de financement, recalculés à la frappe.
// Le serveur fait le même calcul à l'affichage (la page reste juste sans JavaScript).
(function () {
    "use strict";
    var form = document.getElementById("form-operation");
    if (!form) return;
    var euros = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    var surfaces = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

    function lire(input) {
        if (!input) return 0;
        var t = (input.value || "").replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
        var n = parseFloat(t);
        return isNaN(n) ? 0 : n;
    }
    function centimes(n) { return Math.round(n * 100); }

    function recalculer() {
        form.querySelectorAll("tr.pilotis-lot").forEach(function (ligne) {
            var sh = ligne.querySelector(".pilotis-sh"), annexes = ligne.querySelector(".pilotis-annexes"), su = ligne.querySelector(".pilotis-su");
            if (!su) return;
            var vide = !sh.value && !annexes.value;
            su.textContent = vide ? "" : surfaces.format(Math.round((lire(sh) + lire(annexes) * 0.5) * 100) / 100);
        });
        var cout = 0, financements = 0;
        form.querySelectorAll(".pilotis-cout").forEach(function (i) { cout += centimes(lire(i)); });
        form.querySelectorAll(".pilotis-montant").forEach(function (i) { financements += centimes(lire(i)); });
        var ecart = financements - cout;
        document.getElementById("total-cout").textContent = euros.format(cout / 100) + " €";
        document.getElementById("eq-cout").textContent = euros.format(cout / 100) + " €";
        document.getElementById("eq-financements").textContent = euros.format(financements / 100) + " €";
        document.getElementById("eq-ecart").textContent = euros.format(ecart / 100) + " €";
        var etat = document.getElementById("eq-etat");
        var equilibre = cout > 0 && ecart === 0;
        etat.textContent = equilibre ? "Plan de financement équilibré" : "Plan de financement non équilibré";
        etat.classList.toggle("fr-badge--success", equilibre);
        etat.classList.toggle("fr-badge--error", !equilibre);
    }

    // Ajout de lignes de financement : copie de la dernière ligne, indices renumérotés.
    var bouton = document.getElementById("ajouter-financement");
    var corps = document.getElementById("lignes-financement");
    if (bouton && corps) {
        bouton.hidden = false;
        bouton.addEventListener("click", function () {
            var lignes = corps.querySelectorAll("tr.pilotis-financement");
            var modele = lignes[lignes.length - 1];
            var rang = lignes.length;
            var copie = modele.cloneNode(true);
            copie.querySelectorAll("[name],[id],[for]").forEach(function (e) {
                ["name", "id", "for"].forEach(function (a) {
                    var v = e.getAttribute(a);
                    if (v) e.setAttribute(a, v.replace(/Financements([\[_])\d+/, "Financements$1" + rang));
                });
            });
            copie.querySelectorAll("label").forEach(function (l) { l.textContent = l.textContent.replace(/\d+$/, String(rang + 1)); });
            copie.querySelectorAll("input").forEach(function (i) { i.value = ""; i.classList.remove("fr-input--error"); });
            copie.querySelectorAll("select").forEach(function (s) { s.selectedIndex = 0; });
            copie.querySelectorAll(".fr-error-text").forEach(function (p) { p.remove(); });
            corps.appendChild(copie);
            copie.querySelector("select").focus();
        });
    }
    form.addEventListener("input", recalculer);
    form.addEventListener("change", recalculer);
    recalculer();
})();
