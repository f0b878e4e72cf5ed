using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Pilotis.Web.Features;

/// <summary>
/// L'état du service dit en français, pour les personnes qui suivent le lien du pied de page. <c>GET /health</c>
/// reste la sonde des outils de supervision (« Healthy », 200 ou 503) ; cette page lit les mêmes contrôles.
/// </summary>
[AllowAnonymous]
public sealed class EtatDuServiceModel(HealthCheckService controles, TimeProvider horloge) : PageModel
{
    public bool Disponible { get; private set; }
    public bool BaseRepond { get; private set; }
    public DateTimeOffset VerifieLe { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rapport = await controles.CheckHealthAsync(ct);
        Disponible = rapport.Status == HealthStatus.Healthy;
        BaseRepond = rapport.Entries.TryGetValue("base", out var b) && b.Status == HealthStatus.Healthy;
        VerifieLe = horloge.GetUtcNow();
        if (!Disponible)
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
    }
}
