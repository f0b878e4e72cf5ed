// Trajectoire SRU d'une commune : taux de logements sociaux par année contre le taux cible.
// Les mêmes valeurs figurent dans le tableau qui suit le graphique (lisible sans JavaScript).
(function () {
    "use strict";
    var source = document.getElementById("donnees-trajectoire");
    var toile = document.getElementById("graphique-trajectoire");
    if (!source || !toile || typeof Chart === "undefined") return;
    var donnees = JSON.parse(source.textContent || "{}");
    if (!donnees.annees || donnees.annees.length === 0) return;
    var pourcent = function (v) { return v.toLocaleString("fr-FR", { maximumFractionDigits: 2 }) + " %"; };
    new Chart(toile, {
        type: "line",
        data: {
            labels: donnees.annees,
            datasets: [
                { label: "Taux de logements sociaux", data: donnees.taux, borderColor: "#000091", backgroundColor: "#000091", tension: 0.1 },
                { label: "Taux cible", data: donnees.cible, borderColor: "#ce0500", backgroundColor: "#ce0500", borderDash: [6, 4], pointRadius: 0, stepped: true },
            ],
        },
        options: {
            maintainAspectRatio: false,
            animation: false,
            scales: {
                y: { beginAtZero: true, suggestedMax: 30, ticks: { callback: function (v) { return pourcent(v); } } },
            },
            plugins: {
                tooltip: { callbacks: { label: function (c) { return c.dataset.label + " : " + pourcent(c.parsed.y); } } },
            },
        },
    });
})();
