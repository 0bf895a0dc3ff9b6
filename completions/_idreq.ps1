
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'idreq' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'idreq'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'idreq' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'File a request (guided in a terminal, or all from flags)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one request')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List requests')
            [CompletionResult]::new('types', 'types', [CompletionResultType]::ParameterValue, 'List the request types and their fields')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Where the config file is, what it says, or write a starter file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in to GitHub (token in the OS keyring), check the login, log out')
            [CompletionResult]::new('labels', 'labels', [CompletionResultType]::ParameterValue, 'Create or update idreq''s labels in the GitHub repository')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;new' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Request type: pr-review, data-pull, mock-auth, other (see `idreq types`)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Request type: pr-review, data-pull, mock-auth, other (see `idreq types`)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'One-line summary; becomes the issue title')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'One-line summary; becomes the issue title')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'An answer as KEY=VALUE; KEY=@FILE reads a file, KEY=@- stdin; repeat for each field')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'An answer as KEY=VALUE; KEY=@FILE reads a file, KEY=@- stdin; repeat for each field')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue a saved draft (the newest one when ID is left out)')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'File without asking for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'File without asking for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the title, labels and body that would be filed, and file nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;show' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this request type')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Open, closed or all requests')
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'At most this many (newest first)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many (newest first)')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Only requests I filed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;types' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;config' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective configuration (file over defaults) as TOML')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;config;path' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;config;show' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;config;init' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective configuration (file over defaults) as TOML')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;config;help;path' {
            break
        }
        'idreq;config;help;show' {
            break
        }
        'idreq;config;help;init' {
            break
        }
        'idreq;config;help;help' {
            break
        }
        'idreq;completions' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;auth' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check a GitHub token and store it in the OS keyring')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where the token comes from, whose it is and what it may do')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;auth;login' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the token from standard input instead of asking (e.g. `idreq auth login --with-token < token.txt`)')
            [CompletionResult]::new('--insecure-storage', '--insecure-storage', [CompletionResultType]::ParameterName, 'Store the token in a plain file readable only by you, instead of the OS keyring')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;auth;status' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;auth;logout' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check a GitHub token and store it in the OS keyring')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where the token comes from, whose it is and what it may do')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;auth;help;login' {
            break
        }
        'idreq;auth;help;status' {
            break
        }
        'idreq;auth;help;logout' {
            break
        }
        'idreq;auth;help;help' {
            break
        }
        'idreq;labels' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Create or update idreq''s labels in the GitHub repository')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;labels;sync' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where requests live: `local` (this machine only) or `github`')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The team''s repository, OWNER/REPO (GitHub tracker)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: the platform config folder''s idreq/config.toml)')
            [CompletionResult]::new('--faq-dir', '--faq-dir', [CompletionResultType]::ParameterName, 'Extra FAQ folder, searched with the bundled entries (repeatable)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail naming the missing flag instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'idreq;labels;help' {
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Create or update idreq''s labels in the GitHub repository')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;labels;help;sync' {
            break
        }
        'idreq;labels;help;help' {
            break
        }
        'idreq;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'File a request (guided in a terminal, or all from flags)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one request')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List requests')
            [CompletionResult]::new('types', 'types', [CompletionResultType]::ParameterValue, 'List the request types and their fields')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Where the config file is, what it says, or write a starter file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in to GitHub (token in the OS keyring), check the login, log out')
            [CompletionResult]::new('labels', 'labels', [CompletionResultType]::ParameterValue, 'Create or update idreq''s labels in the GitHub repository')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'idreq;help;new' {
            break
        }
        'idreq;help;show' {
            break
        }
        'idreq;help;list' {
            break
        }
        'idreq;help;types' {
            break
        }
        'idreq;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective configuration (file over defaults) as TOML')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter config file')
            break
        }
        'idreq;help;config;path' {
            break
        }
        'idreq;help;config;show' {
            break
        }
        'idreq;help;config;init' {
            break
        }
        'idreq;help;completions' {
            break
        }
        'idreq;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check a GitHub token and store it in the OS keyring')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where the token comes from, whose it is and what it may do')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored token')
            break
        }
        'idreq;help;auth;login' {
            break
        }
        'idreq;help;auth;status' {
            break
        }
        'idreq;help;auth;logout' {
            break
        }
        'idreq;help;labels' {
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Create or update idreq''s labels in the GitHub repository')
            break
        }
        'idreq;help;labels;sync' {
            break
        }
        'idreq;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
