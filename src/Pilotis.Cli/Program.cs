using System.CommandLine;
using Pilotis.Cli;

var racine = new RootCommand(
    "pilotis — administration de Pilotis : base, référentiel territorial, données de démonstration, comptes, imports."
);
racine.Add(Commandes.Migrer());
racine.Add(Commandes.Import());
racine.Add(Commandes.Demo());
racine.Add(Commandes.Utilisateur());
racine.Add(CommandesSru.Sru());
racine.Add(CommandesDemandes.Demandes());
racine.Add(CommandesImportDemandes.Generer());
return await racine.Parse(args).InvokeAsync();
