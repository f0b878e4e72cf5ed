using Microsoft.EntityFrameworkCore;

namespace Pilotis.Data.Base;

/// <summary>
/// Fabrique des contextes de lecture (<see cref="LecturePilotis"/>) : mêmes fournisseur et modèle que la base
/// principale, chaîne <c>ConnectionStrings:PilotisLecture</c> (la principale à défaut), sans suivi, écritures
/// refusées.
/// </summary>
public sealed class FabriqueLecture
{
    private readonly DbContextOptions<PilotisDbContext> options;

    public FabriqueLecture(Fournisseur fournisseur, string chaine)
    {
        Chaine = chaine;
        var builder = new DbContextOptionsBuilder<PilotisDbContext>();
        BaseDeDonnees.Configurer(builder, fournisseur, chaine);
        builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).AddInterceptors(RefusEcriture.Instance);
        options = builder.Options;
    }

    /// <summary>La chaîne de connexion des lectures.</summary>
    public string Chaine { get; }

    public PilotisDbContext Creer() => new(options);
}
