using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Base;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>
/// Le filtre des demandes d'un acteur (<see cref="AccesDemandes.Filtre"/>) sous la forme que la base sert le mieux.
/// « Son guichet OU son territoire » empêche la base de lire l'index du territoire dans l'ordre du tri : elle lit tout
/// le département puis trie. Quand aucune demande enregistrée par le guichet n'est hors du territoire (le cas d'une
/// DDT, d'un EPCI ou d'une commune qui enregistrent sur leur territoire), le territoire seul donne les mêmes demandes
/// (docs/adr/0019-pages-rapides-et-lecture-repliquee.md). La réponse est gardée avec les agrégats des demandes.
/// </summary>
public static class FiltreDemandesLisibles
{
    public static async Task<Expression<Func<DemandeLogement, bool>>> LireAsync(
        PilotisDbContext db,
        Acteur acteur,
        Acte acte
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(acteur);
        var parties = AccesDemandes.Parties(acteur, acte);
        if (!parties.ParGuichet || parties.Territoire is not { } territoire)
            return AccesDemandes.Filtre(acteur, acte);
        int? id = acteur.OrganisationId;
        var cle =
            $"guichet-hors-territoire|{id}|{acteur.Perimetre.Niveau}|{acteur.Perimetre.Code}|"
            + $"{acteur.DepartementCode}|{acte}";
        var horsTerritoire = await CacheAgregats.Demandes.LireAsync<object>(db, cle, async d =>
            await d.Demandes.Where(x => x.GuichetId == id).Where(Negation(territoire)).AnyAsync()
        );
        return (bool)horsTerritoire ? AccesDemandes.Filtre(acteur, acte) : territoire;
    }

    private static Expression<Func<DemandeLogement, bool>> Negation(Expression<Func<DemandeLogement, bool>> filtre) =>
        Expression.Lambda<Func<DemandeLogement, bool>>(Expression.Not(filtre.Body), filtre.Parameters);
}
