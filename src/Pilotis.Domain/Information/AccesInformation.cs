using System.Linq.Expressions;
using Pilotis.Domain.Annuaire;

namespace Pilotis.Domain.Information;

/// <summary>
/// Les habilitations appliquées à la formation des élus : la cible d'une session (son département) et d'une
/// inscription (la commune de l'élu), et les filtres de requête équivalents à <see cref="Habilitations.Autorise"/>.
/// La concertation suit les droits sur l'opération (<c>AccesOperations.Filtre</c> avec la ressource Concertations).
/// </summary>
public static class AccesInformation
{
    public static Cible Cible(this SessionFormation s) =>
        new(null, new Localisation(null, null, s.DepartementCode, s.RegionCode));

    public static Cible Cible(this InscriptionFormation i) =>
        new(null, new Localisation(i.CommuneCode, i.EpciSiren, i.DepartementCode, i.RegionCode));

    /// <summary>L'acteur organise-t-il les sessions (création, présences, questionnaires) d'un département ?</summary>
    public static bool GereSessions(Acteur acteur) =>
        Habilitations.PorteeAccordee(acteur, Ressource.Formations, Acte.Instruire) != Portee.Aucune;

    /// <summary>
    /// Les sessions (date, lieu, thème : rien de personnel) que voit qui lit des inscriptions : celles de son
    /// département, de sa région pour une portée régionale.
    /// </summary>
    public static Expression<Func<SessionFormation, bool>> Sessions(Acteur acteur)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var dep = acteur.DepartementCode;
        var reg = acteur.RegionCode;
        return Habilitations.PorteeAccordee(acteur, Ressource.Formations, Acte.Lire) switch
        {
            Portee.Aucune => s => false,
            Portee.Region => s => s.RegionCode == reg,
            _ => s => s.DepartementCode == dep,
        };
    }

    /// <summary>Les inscriptions <c>i</c> telles que <c>Autorise(acteur, Formations, acte, i.Cible())</c>.</summary>
    public static Expression<Func<InscriptionFormation, bool>> Inscriptions(Acteur acteur, Acte acte)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var dep = acteur.DepartementCode;
        var reg = acteur.RegionCode;
        var code = acteur.Perimetre.Code;
        return Habilitations.PorteeAccordee(acteur, Ressource.Formations, acte) switch
        {
            Portee.Perimetre => acteur.Perimetre.Niveau switch
            {
                NiveauPerimetre.National => i => true,
                NiveauPerimetre.Region => i => i.RegionCode == code,
                NiveauPerimetre.Departement => i => i.DepartementCode == code,
                NiveauPerimetre.Epci => i => i.EpciSiren == code,
                NiveauPerimetre.Commune => i => i.CommuneCode == code,
                _ => i => false,
            },
            Portee.Departement => i => i.DepartementCode == dep,
            Portee.Region => i => i.RegionCode == reg,
            _ => i => false,
        };
    }
}
