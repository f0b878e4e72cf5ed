using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

public static class ListeDepotAcces
{
    /// <summary>
    /// La liste est celle du département : seul qui modifie la programmation de tout le département (la DDTM) la
    /// change.
    /// </summary>
    public static bool PeutModifier(Acteur acteur) =>
        Habilitations.Autorise(
            acteur,
            Ressource.Programmation,
            Acte.Modifier,
            new Cible(null, new Localisation(null, null, acteur.DepartementCode, acteur.RegionCode))
        );
}
