using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pilotis.Data.Annuaire;
using Pilotis.Data.Demande;
using Pilotis.Data.Demonstration;
using Pilotis.Data.Territoire;

namespace Pilotis.Data.Base;

public sealed record OptionsInitialisation(string DossierReferentiel, bool SemerDemonstration)
{
    /// <summary>
    /// Nombre de demandes de logement de démonstration (réglage Demonstration:Demandes ; 0 : aucune).
    /// </summary>
    public int DemandesDemonstration { get; init; } = SemisDemandes.NombreParDefaut;
}
