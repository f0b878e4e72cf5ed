using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Base;

namespace Pilotis.Web.Infrastructure;

/// <summary>Indique si des données de démonstration sont présentes, pour afficher le bandeau sur chaque page.</summary>
public sealed class EtatDemonstration
{
    public bool Presente { get; private set; }

    public async Task RafraichirAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PilotisDbContext>();
        Presente = await db.Reglages.AnyAsync(r => r.Cle == Reglage.DonneesDemonstration && r.Valeur == "oui");
    }
}
