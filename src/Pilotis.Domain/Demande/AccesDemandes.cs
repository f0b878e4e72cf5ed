using System.Linq.Expressions;
using Pilotis.Domain.Annuaire;

namespace Pilotis.Domain.Demande;

/// <summary>
/// Les habilitations appliquées aux demandes (CCH L441-2-1 : guichets enregistreurs) : la cible d'une demande
/// (son guichet et le lieu de son premier choix) et le filtre de requête équivalent à <see
/// cref="Habilitations.Autorise"/>.
/// Une commune voit les demandes dont elle est le premier choix ; un EPCI celles dont le premier choix est sur son
/// territoire ; un guichet voit toujours les demandes qu'il a enregistrées.
/// </summary>
public static class AccesDemandes
{
    public static Cible Cible(this DemandeLogement d) =>
        new(d.GuichetId, new Localisation(d.CommunePrincipaleCode, d.EpciSiren, d.DepartementCode, null));

    /// <summary>Les demandes que l'acteur peut lire ou modifier : celles de son guichet ou de son territoire.</summary>
    public static Expression<Func<DemandeLogement, bool>> Filtre(Acteur acteur, Acte acte)
    {
        var parties = Parties(acteur, acte);
        int? id = acteur.OrganisationId;
        Expression<Func<DemandeLogement, bool>> guichet = d => d.GuichetId == id;
        return (parties.ParGuichet, parties.Territoire) switch
        {
            (false, null) => d => false,
            (true, null) => guichet,
            (false, { } territoire) => territoire,
            (true, { } territoire) => Expression.Lambda<Func<DemandeLogement, bool>>(
                Expression.OrElse(guichet.Body, Remplacer(territoire, guichet.Parameters[0])),
                guichet.Parameters
            ),
        };
    }

    /// <summary>
    /// Les deux parties du filtre : les demandes enregistrées par le guichet de l'acteur, et celles de son territoire
    /// (<c>null</c> s'il n'en a pas). Une requête peut n'appliquer que le territoire quand aucune demande du guichet
    /// n'en sort : le résultat est le même, et l'index du territoire sert le tri (ADR 0019).
    /// </summary>
    public static PartiesFiltreDemandes Parties(Acteur acteur, Acte acte)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var departement = acteur.DepartementCode;
        var code = acteur.Perimetre.Code;
        return Habilitations.PorteeAccordee(acteur, Ressource.Demandes, acte) switch
        {
            Portee.Organisation => new(true, null),
            Portee.Perimetre => acteur.Perimetre.Niveau switch
            {
                NiveauPerimetre.National => new(false, d => true),
                NiveauPerimetre.Departement => new(true, d => d.DepartementCode == code),
                NiveauPerimetre.Epci => new(true, d => d.EpciSiren == code),
                NiveauPerimetre.Commune => new(true, d => d.CommunePrincipaleCode == code),
                _ => new(true, null),
            },
            Portee.Departement => new(true, d => d.DepartementCode == departement),
            _ => new(false, null),
        };
    }

    private static Expression Remplacer(Expression<Func<DemandeLogement, bool>> filtre, ParameterExpression par) =>
        new Remplacement(filtre.Parameters[0], par).Visit(filtre.Body);

    private sealed class Remplacement(ParameterExpression ancien, ParameterExpression nouveau) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == ancien ? nouveau : node;
    }
}
