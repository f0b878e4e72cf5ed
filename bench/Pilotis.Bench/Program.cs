using Pilotis.Bench;

// Bancs d'essai de Pilotis : chaque mesure est rapportée à une référence mesurée dans le même passage.
var banc = args.FirstOrDefault() ?? "aide";
return banc switch
{
    "referentiel" => await BancReferentiel.ExecuterAsync(args.Skip(1).ToArray()),
    "sru" => BancSimulateurSru.Executer(args.Skip(1).ToArray()),
    "production" => await BancProduction.ExecuterAsync(args.Skip(1).ToArray()),
    "cotation" => await BancCotation.ExecuterAsync(args.Skip(1).ToArray()),
    "orientation" => await BancOrientation.ExecuterAsync(args.Skip(1).ToArray()),
    "candidats" => await BancCandidats.ExecuterAsync(args.Skip(1).ToArray()),
    "aides" => await BancAides.ExecuterAsync(args.Skip(1).ToArray()),
    "equilibre" => await BancEquilibre.ExecuterAsync(args.Skip(1).ToArray()),
    "recherche-aides" => await BancRechercheAides.ExecuterAsync(args.Skip(1).ToArray()),
    "feuille-de-route" => await BancFeuilleDeRoute.ExecuterAsync(args.Skip(1).ToArray()),
    _ => Aide(),
};

static int Aide()
{
    Console.WriteLine("Usage : dotnet run -c Release --project bench/Pilotis.Bench -- referentiel [--repetitions N]");
    Console.WriteLine(
        "        dotnet run -c Release --project bench/Pilotis.Bench -- sru [--repetitions N] [--echauffement N]"
    );
    Console.WriteLine(
        "        dotnet run -c Release --project bench/Pilotis.Bench -- production [--connexion CHAÎNE] "
            + "[--operations 100000] [--repetitions 3]"
    );
    Console.WriteLine(
        "        dotnet run -c Release --project bench/Pilotis.Bench -- cotation [--connexion CHAÎNE] "
            + "[--echantillons 300] [--generer N]"
    );
    Console.WriteLine(
        "        dotnet run -c Release --project bench/Pilotis.Bench -- orientation [--logements 100000] "
            + "[--bailleurs 10]"
    );
    Console.WriteLine(
        "        dotnet run -c Release --project bench/Pilotis.Bench -- candidats [--connexion CHAÎNE] "
            + "[--echantillons 300]"
    );
    Console.WriteLine(
        "        dotnet run -c Release --project bench/Pilotis.Bench -- aides [--connexion CHAÎNE] [--aides 10000] "
            + "[--fichier CHEMIN]"
    );
    Console.WriteLine(
        "        dotnet run -c Release --project bench/Pilotis.Bench -- equilibre [--operations 100000] "
            + "[--repetitions 3] [--base 20000]"
    );
    Console.WriteLine(
        "        dotnet run -c Release --project bench/Pilotis.Bench -- recherche-aides [--connexion CHAÎNE] "
            + "[--repetitions 200]"
    );
    Console.WriteLine(
        "        dotnet run -c Release --project bench/Pilotis.Bench -- feuille-de-route [--connexion CHAÎNE] "
            + "[--operations 50000] [--repetitions 5]"
    );
    return 1;
}
