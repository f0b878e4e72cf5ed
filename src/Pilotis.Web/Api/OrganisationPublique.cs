using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Annuaire;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

/// <summary>Une organisation de l'annuaire public : aucune donnée personnelle (ni comptes, ni courriels).</summary>
public sealed record OrganisationPublique(
    string? Siren,
    string Nom,
    string Type,
    string Departement,
    string Region,
    string Perimetre,
    string PerimetreCode
);
