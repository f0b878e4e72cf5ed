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

    public static Expression<Func<DemandeLogement, bool>> Filtre(Acteur acteur, Acte acte)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        int? id = acteur.OrganisationId;
        var departement = acteur.DepartementCode;
        var code = acteur.Perimetre.Code;
        return Habilitations.PorteeAccordee(acteur, Ressource.Demandes, acte) switch
        {
            Portee.Organisation => d => d.GuichetId == id,
            Portee.Perimetre => acteur.Perimetre.Niveau switch
            {
                NiveauPerimetre.National => d => true,
                NiveauPerimetre.Departement => d => d.GuichetId == id || d.DepartementCode == code,
                NiveauPerimetre.Epci => d => d.GuichetId == id || d.EpciSiren == code,
                NiveauPerimetre.Commune => d => d.GuichetId == id || d.CommunePrincipaleCode == code,
                _ => d => d.GuichetId == id,
            },
            Portee.Departement => d => d.GuichetId == id || d.DepartementCode == departement,
            _ => d => false,
        };
    }
}
