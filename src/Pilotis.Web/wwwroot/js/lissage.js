// Lissage des agréments : barres par mois (logements, opérations), cumul des logements et cible linéaire.
// Les mêmes valeurs figurent dans le tableau qui suit le graphique (lisible sans JavaScript).
(function () {
    "use strict";
    var source = document.getElementById("donnees-lissage");
    var toile = document.getElementById("graphique-lissage");
    if (!source || !toile || typeof Chart === "undefined") return;
    var d = JSON.parse(source.textContent || "{}");
    if (!d.mois) return;
    new Chart(toile, {
        data: {
            labels: d.mois,
            datasets: [
                { type: "bar", label: "Logements agréés", data: d.logements, backgroundColor: "#000091", yAxisID: "y", order: 3 },
                { type: "bar", label: "Opérations agréées", data: d.operations, backgroundColor: "#9a9aff", yAxisID: "y1", order: 4 },
                { type: "line", label: "Cumul des logements", data: d.cumul, borderColor: "#18753c", backgroundColor: "#18753c", tension: 0.1, yAxisID: "y", order: 1 },
                { type: "line", label: "Cible linéaire (cumul)", data: d.cible, borderColor: "#ce0500", backgroundColor: "#ce0500", borderDash: [6, 4], pointRadius: 0, yAxisID: "y", order: 2 },
            ],
        },
        options: {
            maintainAspectRatio: false,
            animation: false,
            scales: {
                y: { beginAtZero: true, position: "left", title: { display: true, text: "Logements" } },
                y1: { beginAtZero: true, position: "right", grid: { drawOnChartArea: false }, title: { display: true, text: "Opérations" }, ticks: { precision: 0 } },
            },
        },
    });
})();
