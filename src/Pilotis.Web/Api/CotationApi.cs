using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

public static class CotationApi
{
    public static void MapCotationApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/cotation/{siren}", async (string siren, PilotisDbContext db, CancellationToken ct) =>
            {
                if (siren.Length != 9 || !siren.All(char.IsAsciiDigit))
                    return Invalide("siren", $"Le SIREN « {Francais.Extrait(siren)} » doit compter 9 chiffres.");
                var grille = await db
                    .GrillesCotation.AsNoTracking()
                    .FirstOrDefaultAsync(g => g.EpciSiren == siren && g.Statut == StatutGrille.Publiee, ct);
                if (grille is null)
                    return Introuvable($"Aucune grille de cotation publiée pour l'EPCI de SIREN {siren}.");
                var nom = await db
                    .Epcis.AsNoTracking()
                    .Where(e => e.Siren == siren)
                    .Select(e => e.Nom)
                    .FirstOrDefaultAsync(ct);
                return Results.Ok(Publiee(grille, nom));
            })
            .AllowAnonymous()
            .WithName("GrilleCotationPubliee")
            .WithSummary("Grille de cotation publiée d'un EPCI (CCH L441-2-8), sans authentification.")
            .Produces<GrilleCotationPubliee>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static GrilleCotationPubliee Publiee(GrilleCotation grille, string? nom)
    {
        ArgumentNullException.ThrowIfNull(grille);
        return new(
            grille.EpciSiren,
            nom,
            grille.Version,
            grille.PublieeLe,
            grille
                .Criteres.Select(c => new CritereCotationPublie(
                    c.Type.ToString(),
                    c.Parametre,
                    LibellesCotation
                        .Parametres(c.Type)
                        .Where(p => p.Valeur == c.Parametre)
                        .Select(p => p.Libelle)
                        .FirstOrDefault(),
                    string.IsNullOrWhiteSpace(c.Libelle) ? LibellesCotation.Defaut(c.Type, c.Parametre) : c.Libelle,
                    c.Points,
                    c.Plafond
                ))
                .ToList()
        );
    }
}
