using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Annuaire;
using Pilotis.Data.Base;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Demonstration;

/// <summary>Compte de démonstration, listé dans le README.</summary>
public sealed record CompteDemo(string Courriel, string NomComplet, string Organisation, Role Role);
