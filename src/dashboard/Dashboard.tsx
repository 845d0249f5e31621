import { Box, Text, useApp, useInput, type Key } from 'ink';
import { useCallback, useMemo, useReducer, useSyncExternalStore } from 'react';
import type { Report } from '../report/types.js';
import { EventDetail } from './components/EventDetail.js';
import { EventList } from './components/EventList.js';
import { FindingList } from './components/FindingList.js';
import { Footer, type FooterProps } from './components/Footer.js';
import { Header } from './components/Header.js';
import { Help } from './components/Help.js';
import { Progress } from './components/Progress.js';
import { Rule } from './components/Rule.js';
import { Summary, summaryHeight } from './components/Summary.js';
import { MIN_COLUMNS, MIN_ROWS, TooSmall } from './components/TooSmall.js';
import { buildDetail, type Detail } from './detail.js';
import type { HintMode } from './hints.js';
import { useEffects, useLatest } from './hooks.js';
import { splitKeys } from './keys.js';
import type { DashboardSource, DashboardState } from './source.js';
import { initialUiState, reduceUi, type Screen, type UiState } from './state.js';
import { PaletteContext, paletteFor } from './theme.js';
import { useTerminalSize } from './use-terminal-size.js';
import { focusOf, visibleLists, type Focus, type VisibleLists } from './view-model.js';

export interface DashboardProps {
  source: DashboardSource;
  title: string;
  openInEditor: (file: string, line: number, column: number) => void;
  color?: boolean;
}

/** Lines around the body: ink's last line, the frame's two, the header, the rule and the footer. */
const CHROME_ROWS = 6;
/** The frame and its padding. */
const CHROME_COLUMNS = 4;

export function Dashboard({ source, title, openInEditor, color = true }: DashboardProps) {
  const subscribe = useCallback((listener: () => void) => source.subscribe(listener), [source]);
  const getSnapshot = useCallback(() => source.getSnapshot(), [source]);
  const state = useSyncExternalStore(subscribe, getSnapshot);
  const { columns, rows } = useTerminalSize();
  const [ui, dispatch] = useReducer(reduceUi, initialUiState);
  const { exit } = useApp();
  const { report } = state;
  const target = ui.detail?.target;
  const lists = useMemo(() => report && visibleLists(report, ui.filter), [report, ui.filter]);
  const detail = useMemo(
    () => (report && target ? buildDetail(report, target, (file, line) => source.readLine(file, line)) : undefined),
    [report, target, source],
  );
  const tooSmall = columns < MIN_COLUMNS || rows < MIN_ROWS;
  const width = columns - CHROME_COLUMNS;
  const bodyHeight = rows - CHROME_ROWS;
  const focus = report && lists ? focusOf(report, ui, lists, detail) : { count: 0, selected: 0 };

  const screen = useLatest<Screen>({ report, ready: !tooSmall && report !== undefined, page: Math.max(1, bodyHeight - 2) });
  useInput(
    useCallback(
      (input: string, key: Key) => {
        for (const [oneInput, oneKey] of splitKeys(input, key)) dispatch({ type: 'key', input: oneInput, key: oneKey, screen: screen.current });
      },
      [screen],
    ),
  );
  useEffects(ui.effects, dispatch, {
    edit({ file, line, column }) {
      try {
        openInEditor(file, line, column);
        dispatch({ type: 'notice', text: `Opened ${file}:${line}:${column}` });
      } catch (error) {
        dispatch({ type: 'notice', text: error instanceof Error ? error.message : String(error) });
      }
    },
    toggleWatch: () => source.setWatching(!source.getSnapshot().watching),
    quit: exit,
  });

  const palette = paletteFor(color);
  return (
    <PaletteContext.Provider value={palette}>
      <Box
        flexDirection="column"
        width={columns}
        height={Math.max(1, rows - 1)}
        borderStyle={tooSmall ? undefined : 'single'}
        borderColor={palette.muted}
        paddingX={tooSmall ? 0 : 1}
      >
        {tooSmall ? (
          <TooSmall columns={columns} rows={rows} />
        ) : (
          <>
            <Header title={title} width={width} report={report} watching={state.watching} lastScanMs={state.lastScanMs} />
            <Box flexDirection="column" height={bodyHeight} overflow="hidden">
              <Body state={state} ui={ui} lists={lists} detail={detail} focus={focus} width={width} height={bodyHeight} />
            </Box>
            <Rule width={width} />
            <Footer mode={footerMode(ui, report)} width={width} message={footerMessage(ui, state)} />
          </>
        )}
      </Box>
    </PaletteContext.Provider>
  );
}

interface BodyProps {
  state: DashboardState;
  ui: UiState;
  lists?: VisibleLists;
  detail?: Detail;
  focus: Focus;
  width: number;
  height: number;
}

function Body({ state, ui, lists, detail, focus, width, height }: BodyProps) {
  const { report } = state;
  if (ui.help) return <Help height={height} />;
  if (!report || !lists) return <Progress progress={state.progress} error={state.error} />;
  if (ui.detail) {
    if (!detail) return <Text>This is no longer in the report. Esc goes back.</Text>;
    return <EventDetail detail={detail} selected={focus.selected} height={height} width={width} />;
  }
  const listHeight = height - summaryHeight(report, width) - 1;
  return (
    <>
      <Summary report={report} width={width} />
      <Rule width={width} label={listLabel(ui, lists, focus)} />
      {ui.view === 'events' ? (
        <EventList
          rows={lists.rows}
          selected={focus.selected}
          height={listHeight}
          width={width}
          empty={report.events.length === 0 ? 'No events: the plan is empty and no call was found.' : 'No event matches the filter.'}
        />
      ) : (
        <FindingList
          groups={lists.groups}
          selected={focus.selected}
          height={listHeight}
          width={width}
          empty={report.findings.length === 0 ? 'No findings.' : 'No finding matches the filter.'}
        />
      )}
    </>
  );
}

function listLabel(ui: UiState, lists: VisibleLists, focus: Focus): string {
  const [name, total] = ui.view === 'events' ? ['Events', lists.totals.rows] : ['Findings', lists.totals.findings];
  const position = focus.count > 0 ? `${focus.selected + 1}/${focus.count}` : '0';
  return ui.filter === '' ? `${name} · ${position}` : `${name} · ${position} · filter "${ui.filter}" (${focus.count} of ${total})`;
}

function footerMode(ui: UiState, report: Report | undefined): HintMode {
  if (ui.help) return 'help';
  if (!report) return 'waiting';
  if (ui.filtering) return 'filter';
  if (ui.detail) return 'detail';
  return ui.view;
}

function footerMessage(ui: UiState, state: DashboardState): FooterProps['message'] {
  if (ui.filtering && state.report) return { text: `/${ui.filter}▏`, tone: 'accent' };
  if (ui.notice !== undefined) return { text: ui.notice };
  if (state.error !== undefined && state.report) return { text: state.error, tone: 'error' };
  return undefined;
}
