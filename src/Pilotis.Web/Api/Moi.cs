using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Pilotis.Data.Annuaire;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

public sealed record Moi(
    string Id,
    string Courriel,
    string NomComplet,
    OrganisationMoi Organisation,
    IReadOnlyList<string> Roles
);
